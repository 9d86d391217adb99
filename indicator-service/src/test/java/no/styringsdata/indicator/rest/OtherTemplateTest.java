package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.OtherTemplateLetter;
import org.junit.jupiter.api.Test;

/**
 * A letter on another ministry's template (Kunnskapsdepartementet; "Del II Mål og styringsparametre",
 * "Virksomhetsmål 1:", styringsparametre lettered a), b) each with its prestasjonskrav, no key figures).
 * A database of its own.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_templates"))
class OtherTemplateTest {

    @Test
    void importsTheVirksomhetsmalAndTheirSteeringParametersWithPrestasjonskrav() {
        OtherTemplateLetter.importIt();

        JsonPath goals = given().queryParam("year", 2024).queryParam("ministry", "kd")
                .when().get("/api/indicators/goals").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Høy kvalitet i høyere utdanning", "Et kompetent arbeidsliv"), goals.getList("title"));
        assertEquals(List.of(2, 1), List.of(goals.getList("[0].steeringParameters").size(),
                goals.getList("[1].steeringParameters").size()));
        assertEquals("Andel studenter som fullfører på normert tid", goals.getString("[0].steeringParameters[0].text"));
        assertEquals(List.of("Andelen skal øke fra 2023."), goals.getList("[0].steeringParameters[0].requirements"));
        assertEquals(List.of("Minst 95 prosent."), goals.getList("[0].steeringParameters[1].requirements"));
    }
}
