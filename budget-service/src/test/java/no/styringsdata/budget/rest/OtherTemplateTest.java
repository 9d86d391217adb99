package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * A letter on another ministry's template (Kunnskapsdepartementet; parts "Del I–IV", a numbered table
 * "Tabell 1. Oversikt over midler …" whose only amount column is "Bevilgning 2024", rows that give only the
 * post, a Sum kap. line) imported into an empty service: no Prop. 1 S has named its chapter. A database of its own.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_templates"))
class OtherTemplateTest {

    private static final String AGENCY = "direktoratet-for-hoyere-utdanning-og-kompetanse";

    @Test
    void importsTheAllocationsOfAnotherMinistrysLetter() {
        JsonPath report = given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                .body(SeedTexts.read(SeedTexts.OTHER_TEMPLATE_LETTER))
                .when().post("/api/budget/imports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("tildelingsbrev", report.getString("kind"));
        assertEquals("KD", report.getString("ministry"));
        assertEquals(AGENCY, report.getString("agency"));
        assertEquals(2024, report.getInt("year"));

        given().queryParam("agency", "Direktoratet for høyere utdanning og kompetanse").queryParam("year", 2024)
                .queryParam("asOf", "2024-12-31")
                .when().get("/api/budget/allocations")
                .then().statusCode(200)
                .body("allocations.ministry", everyItem(is("KD")))
                .body("totals.size()", is(2))
                .body("totals.find { it.chapter == 256 && it.post == '01' }.amountNok", is(512_300_000))
                .body("totals.find { it.chapter == 256 && it.post == '21' }.amountNok", is(44_100_000));
        given().when().get("/api/budget/chapters/256").then().statusCode(200).body("ministry", is("KD"));
        given().when().get("/api/budget/ministries").then().statusCode(200).body("code", everyItem(is("KD")));
    }
}
