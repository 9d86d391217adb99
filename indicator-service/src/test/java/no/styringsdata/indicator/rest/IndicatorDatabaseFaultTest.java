package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.function.IntFunction;
import no.styringsdata.testing.postgres.RestartablePostgresTestResource;
import no.styringsdata.testing.DatabaseFaultTest;
import no.styringsdata.testing.documents.SeedTexts;

/** The database stops, hangs and crashes under indicator-service: see {@link DatabaseFaultTest}. */
@QuarkusTest
@WithTestResource(RestartablePostgresTestResource.class)
class IndicatorDatabaseFaultTest extends DatabaseFaultTest {

    IndicatorDatabaseFaultTest() {
        super(SeedTexts.ALLOCATION_LETTER, "/goals?year=2025");
    }

    /** Values of the letter's first indicator, one breakdown each. */
    @Override
    protected IntFunction<Write> writes() {
        long id = given().get("/api/indicators?size=1").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        return n -> new Write("POST", "/" + id + "/values",
                "{\"period\":\"2025\",\"value\":" + n + ",\"unit\":\"count\",\"breakdown\":\"Skriver " + n + "\"}");
    }
}
