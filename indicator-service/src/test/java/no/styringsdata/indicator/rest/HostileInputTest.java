package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.hostile.HostileInput;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** Hostile input against every operation: see {@link no.styringsdata.testing.HostileInputTest}. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_hostile"))
class HostileInputTest extends no.styringsdata.testing.HostileInputTest {

    HostileInputTest() {
        super(List.of(SeedDocuments.ALLOCATION_LETTER, SeedDocuments.ANNUAL_REPORT));
    }

    @Override
    protected void seed() {
        SeedDocuments.importDocuments();
    }

    @Override
    protected HostileInput known(HostileInput input) {
        long indicator = SeedDocuments.tableKeyFigure("Utførte årsverk");
        String value = given().when().get("/api/indicators/" + indicator + "/values")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        return input.known("id", Long.toString(indicator), "1")
                .known("valueId", value)
                .known("year", "2024", "2025");
    }
}
