package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.styringsdata.testing.postgres.BackupPostgresTestResource;
import no.styringsdata.testing.postgres.DatabaseBackup;
import no.styringsdata.testing.postgres.EnabledIfPgDump;
import no.styringsdata.testing.ApiAnswers;
import no.styringsdata.testing.ContentChecksum;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore of docs/deploy.md: the seeds imported, pg_dump -Fc of the service's database,
 * the database dropped and created empty under the running service, pg_restore into it; then the same
 * service answers every main read exactly as before, and the database holds the same.
 */
@QuarkusTest
@EnabledIfPgDump
@WithTestResource(value = BackupPostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BackupRestoreTest {

    private static final Logger LOG = Logger.getLogger(BackupRestoreTest.class);

    /** Injected by the test resource. */
    DatabaseBackup backup;

    @Inject
    DataSource dataSource;

    @Inject
    @CacheName("aggregations")
    Cache aggregations;

    @Test
    void aRestoredDumpAnswersEveryReadAsBefore() {
        SeedDocuments.importAllAgain();
        List<String> reads = reads();
        ApiAnswers before = ApiAnswers.of(Tokens.EDITOR, reads);
        String contents = ContentChecksum.everything(dataSource).current();

        DatabaseBackup.Figures figures = backup.dumpDropRestore();
        // The aggregation cache is keyed by the data version, which the restore puts back as it was: empty it,
        // as restarting the service after a restore does (docs/deploy.md), so that the answers come from the
        // restored database.
        aggregations.invalidateAll().await().indefinitely();

        ApiAnswers after = ApiAnswers.of(Tokens.EDITOR, reads);
        after.assertSameAs(before);
        assertEquals(contents, ContentChecksum.everything(dataSource).current());
        // the restored identity sequences go on where they were: a new record and its audit entry can be written
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Etter gjenoppretting\"}")
                .put("/api/budget/chapters/2983").then().statusCode(201);
        LOG.infof("backup and restore of budget with %s and %s: dump %d kB in %d ms, drop and create %d ms, "
                        + "restore %d ms; %d reads (%d kB) answered the same, byte for byte",
                figures.tools(), figures.server(), figures.dumpBytes() / 1024, figures.dumpMillis(), figures.dropMillis(),
                figures.restoreMillis(), after.count(), after.bytes() / 1024);
    }

    /** The main reads: every list page, details, aggregations, CSV, the audit log. */
    private static List<String> reads() {
        return Stream.of(
                ApiAnswers.pages(null, "/api/budget/chapters", 1000),
                ApiAnswers.pages(null, "/api/budget/amounts", 1000),
                ApiAnswers.pages(Tokens.EDITOR, "/api/budget/audit", 1000),
                Stream.of("/api/budget/chapters?year=2026&stage=forslag",
                        "/api/budget/chapters/740",
                        "/api/budget/chapters/740/posts/01",
                        "/api/budget/chapters/740/posts/01/amounts/2026/forslag",
                        "/api/budget/amounts?chapter=740&post=01&year=2026&stage=forslag",
                        "/api/budget/amounts?year=2026&stage=forslag&size=1000&format=csv",
                        "/api/budget/allocations",
                        "/api/budget/allocations?year=2025&format=csv",
                        "/api/budget/categories",
                        "/api/budget/aggregations/sums?groupBy=chapter&year=2026&stage=forslag",
                        "/api/budget/aggregations/sums?groupBy=programCategory&year=2025&stage=saldert",
                        "/api/budget/aggregations/comparison?groupBy=chapter&fromYear=2025&fromStage=saldert"
                                + "&toYear=2026&toStage=forslag",
                        "/api/budget/ministries",
                        "/api/budget/agencies"))
                .flatMap(s -> s).toList();
    }
}
