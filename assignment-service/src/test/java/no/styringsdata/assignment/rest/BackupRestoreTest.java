package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.ApiAnswers;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.BackupPostgresTestResource;
import no.styringsdata.testing.postgres.EnabledIfPgDump;

/** Backup and restore of the assignments database: see {@link no.styringsdata.testing.BackupRestoreTest}. */
@QuarkusTest
@EnabledIfPgDump
@WithTestResource(value = BackupPostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignments"))
class BackupRestoreTest extends no.styringsdata.testing.BackupRestoreTest {

    /** The letters, and a status change, so that the history and the audit log have more than imports. */
    @Override
    protected void seed() {
        SeedDocuments.importLetters();
        changeStatus("{\"status\":\"in_progress\",\"date\":\"2025-03-03\",\"note\":\"Startet.\"}");
    }

    @Override
    protected void writeAfterRestore() {
        changeStatus("{\"status\":\"delivered\",\"date\":\"2025-05-02\",\"note\":\"Levert.\"}");
    }

    private static void changeStatus(String status) {
        StatusChanges.post("TB2025-30", status).statusCode(201);
    }

    /** Every list page, JSON and CSV, details with their history, search, the audit log. */
    @Override
    protected List<String> reads() {
        return ApiAnswers.everyPageAnd("/api/assignments/audit",
                List.of("/api/assignments", "/api/assignments?format=csv"),
                "/api/assignments/TB2025-30", "/api/assignments/TB2025-43",
                "/api/assignments?sort=deadline&size=5", "/api/assignments?status=in_progress",
                "/api/assignments?q=rapportere", "/api/assignments/summary", "/api/assignments/ministries",
                "/api/assignments/agencies");
    }
}
