package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import no.styringsdata.testing.ApiAnswers;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.BackupPostgresTestResource;
import no.styringsdata.testing.postgres.EnabledIfPgDump;

/** Backup and restore of the indicators database: see {@link no.styringsdata.testing.BackupRestoreTest}. */
@QuarkusTest
@EnabledIfPgDump
@WithTestResource(value = BackupPostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicators"))
class BackupRestoreTest extends no.styringsdata.testing.BackupRestoreTest {

    @Override
    protected void seed() {
        SeedDocuments.importDocuments();
    }

    @Override
    protected void writeAfterRestore() {
        long id = given().get("/api/indicators?size=1").jsonPath().getLong("[0].id");
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"period\":\"2031\",\"value\":42,\"unit\":\"count\",\"note\":\"Etter gjenoppretting\"}")
                .post("/api/indicators/" + id + "/values").then().statusCode(201);
    }

    /** Every list page, JSON and CSV, goals, a few indicators with their values (JSON, CSV, JSON-stat). */
    @Override
    protected List<String> reads() {
        List<Long> ids = given().get("/api/indicators?size=3").jsonPath().getList("id", Long.class);
        return Stream.of(
                ApiAnswers.everyPage("/api/indicators/audit", "/api/indicators", "/api/indicators?format=csv"),
                ids.stream().flatMap(id -> Stream.of("/api/indicators/" + id, "/api/indicators/" + id + "/values",
                        "/api/indicators/" + id + "/values?format=csv", "/api/indicators/" + id + "/values?format=jsonstat")),
                Stream.of("/api/indicators/goals?year=2025", "/api/indicators/goals?year=2024",
                        "/api/indicators?q=fastleger&year=2025", "/api/indicators/ministries",
                        "/api/indicators/agencies"))
                .flatMap(s -> s).toList();
    }
}
