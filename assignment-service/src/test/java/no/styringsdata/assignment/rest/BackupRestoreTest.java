package no.styringsdata.assignment.rest;

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
 * The backup and restore of docs/deploy.md: the letters imported, pg_dump -Fc of the service's database,
 * the database dropped and created empty under the running service, pg_restore into it; then the same
 * service answers every main read exactly as before, and the database holds the same.
 */
@QuarkusTest
@EnabledIfPgDump
@WithTestResource(value = BackupPostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignments"))
class BackupRestoreTest {

    private static final Logger LOG = Logger.getLogger(BackupRestoreTest.class);

    /** Injected by the test resource. */
    DatabaseBackup backup;

    @Inject
    DataSource dataSource;

    @Test
    void aRestoredDumpAnswersEveryReadAsBefore() {
        SeedDocuments.importLettersAgain();
        // a status change, so that the history and the audit log have more than imports
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"status\":\"in_progress\",\"date\":\"2025-03-03\",\"note\":\"Startet.\"}")
                .post("/api/assignments/TB2025-30/status").then().statusCode(201);
        List<String> reads = reads();
        ApiAnswers before = ApiAnswers.of(Tokens.EDITOR, reads);
        String contents = ContentChecksum.everything(dataSource).current();

        DatabaseBackup.Figures figures = backup.dumpDropRestore();

        ApiAnswers after = ApiAnswers.of(Tokens.EDITOR, reads);
        after.assertSameAs(before);
        assertEquals(contents, ContentChecksum.everything(dataSource).current());
        // the restored identity sequences go on where they were: a new status and its audit entry can be written
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"status\":\"delivered\",\"date\":\"2025-05-02\",\"note\":\"Levert.\"}")
                .post("/api/assignments/TB2025-30/status").then().statusCode(201);
        LOG.infof("backup and restore of assignments with %s and %s: dump %d kB in %d ms, drop and create %d ms, "
                        + "restore %d ms; %d reads (%d kB) answered the same, byte for byte",
                figures.tools(), figures.server(), figures.dumpBytes() / 1024, figures.dumpMillis(), figures.dropMillis(),
                figures.restoreMillis(), after.count(), after.bytes() / 1024);
    }

    /** The main reads: every list page, JSON and CSV, details with their history, search, the audit log. */
    private static List<String> reads() {
        return Stream.of(
                ApiAnswers.pages(null, "/api/assignments", 1000),
                ApiAnswers.pages(null, "/api/assignments?format=csv", 1000),
                ApiAnswers.pages(Tokens.EDITOR, "/api/assignments/audit", 1000),
                Stream.of("/api/assignments/TB2025-30",
                        "/api/assignments/TB2025-43",
                        "/api/assignments?sort=deadline&size=5",
                        "/api/assignments?status=in_progress",
                        "/api/assignments?q=rapportere",
                        "/api/assignments/summary",
                        "/api/assignments/ministries",
                        "/api/assignments/agencies"))
                .flatMap(s -> s).toList();
    }
}
