package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.OtherTemplateLetter;
import org.junit.jupiter.api.Test;

/**
 * A letter on another ministry's template (Kunnskapsdepartementet; parts "Del I–IV", a numbered table
 * "Tabell 1. Oversikt over midler …" whose only amount column is "Bevilgning 2024", rows that give only the
 * post, a Sum kap. line) imported into an empty service: no Prop. 1 S has named its chapter. A database of its own.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_templates"))
class OtherTemplateTest {

    @Test
    void importsTheAllocationsOfAnotherMinistrysLetter() {
        OtherTemplateLetter.importIt();

        given().queryParam("agency", OtherTemplateLetter.AGENCY_NAME).queryParam("year", 2024)
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
