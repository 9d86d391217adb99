package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The backup and restore of docs/deploy.md: the letter and the annual report imported, pg_dump -Fc of
 * the service's database, the database dropped and created empty under the running service, pg_restore
 * into it; then the same service answers every main read exactly as before, and the database holds the
 * same.
 */
@QuarkusTest
@EnabledIfPgDump
@WithTestResource(value = BackupPostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicators"))
class BackupRestoreTest {

    private static final Logger LOG = Logger.getLogger(BackupRestoreTest.class);

    /** Injected by the test resource. */
    DatabaseBackup backup;

    @Inject
    DataSource dataSource;

    @Test
    void aRestoredDumpAnswersEveryReadAsBefore() {
        SeedDocuments.importDocumentsAgain();
        List<String> reads = reads();
        ApiAnswers before = ApiAnswers.of(Tokens.EDITOR, reads);
        String contents = ContentChecksum.everything(dataSource).current();

        DatabaseBackup.Figures figures = backup.dumpDropRestore();

        ApiAnswers after = ApiAnswers.of(Tokens.EDITOR, reads);
        after.assertSameAs(before);
        assertEquals(contents, ContentChecksum.everything(dataSource).current());
        // the restored identity sequences go on where they were: a new value and its audit entry can be written
        long id = given().get("/api/indicators?size=1").jsonPath().getLong("[0].id");
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"period\":\"2031\",\"value\":42,\"unit\":\"count\",\"note\":\"Etter gjenoppretting\"}")
                .post("/api/indicators/" + id + "/values").then().statusCode(201);
        LOG.infof("backup and restore of indicators with %s and %s: dump %d kB in %d ms, drop and create %d ms, "
                        + "restore %d ms; %d reads (%d kB) answered the same, byte for byte",
                figures.tools(), figures.server(), figures.dumpBytes() / 1024, figures.dumpMillis(), figures.dropMillis(),
                figures.restoreMillis(), after.count(), after.bytes() / 1024);
    }

    /** The main reads: every list page, JSON and CSV, goals, a few indicators with their values (JSON, CSV, JSON-stat). */
    private static List<String> reads() {
        List<Long> ids = given().get("/api/indicators?size=3").jsonPath().getList("id", Long.class);
        return Stream.of(
                ApiAnswers.pages(null, "/api/indicators", 1000),
                ApiAnswers.pages(null, "/api/indicators?format=csv", 1000),
                ApiAnswers.pages(Tokens.EDITOR, "/api/indicators/audit", 1000),
                ids.stream().flatMap(id -> Stream.of("/api/indicators/" + id, "/api/indicators/" + id + "/values",
                        "/api/indicators/" + id + "/values?format=csv", "/api/indicators/" + id + "/values?format=jsonstat")),
                Stream.of("/api/indicators/goals?year=2025",
                        "/api/indicators/goals?year=2024",
                        "/api/indicators?q=fastleger&year=2025",
                        "/api/indicators/ministries",
                        "/api/indicators/agencies"))
                .flatMap(s -> s).toList();
    }
}
