package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.styringsdata.budget.service.AggregationService;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The aggregations are cached per data version (application.properties turns the cache on, as in
 * production): a read after a write, whichever way it was written, must answer the new figures.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AggregationCacheTest {

    // years and a chapter no seed document or other test uses
    private static final String SUMS = "/api/budget/aggregations/sums?groupBy=chapter&year=2041&stage=forslag";
    private static final String COMPARISON = "/api/budget/aggregations/comparison?groupBy=chapter"
            + "&fromYear=2040&fromStage=forslag&toYear=2041&toStage=forslag";

    @Inject
    AggregationService aggregations;

    @Test
    void aCachedSumAfterAPutIsTheNewSum() {
        put("/api/budget/chapters/2981", "{\"name\":\"Hurtigbuffer\"}");
        put("/api/budget/chapters/2981/posts/01", "{\"name\":\"Drift\"}");
        put("/api/budget/chapters/2981/posts/01/amounts/2040/forslag", "{\"amountNok\":80}");
        given().when().get(SUMS).then().statusCode(200); // cached before the chapter has a 2041 amount
        put("/api/budget/chapters/2981/posts/01/amounts/2041/forslag", "{\"amountNok\":100}");
        String first = given().when().get(SUMS).then().statusCode(200)
                .body("find { it.key == '2981' }.amountNok", is(100)).extract().asString();
        assertEquals(first, given().when().get(SUMS).then().statusCode(200).extract().asString());
        given().when().get(COMPARISON).then().statusCode(200).body("find { it.key == '2981' }.differenceNok", is(20));

        put("/api/budget/chapters/2981/posts/01/amounts/2041/forslag", "{\"amountNok\":250}");
        given().when().get(SUMS).then().statusCode(200).body("find { it.key == '2981' }.amountNok", is(250));
        given().when().get(COMPARISON).then().statusCode(200).body("find { it.key == '2981' }.differenceNok", is(170));

        // a new post of the chapter, and the chapter's new name
        put("/api/budget/chapters/2981/posts/21", "{\"name\":\"Spesielle driftsutgifter\"}");
        put("/api/budget/chapters/2981/posts/21/amounts/2041/forslag", "{\"amountNok\":5}");
        put("/api/budget/chapters/2981", "{\"name\":\"Hurtigbuffer, nytt navn\"}");
        given().when().get(SUMS).then().statusCode(200)
                .body("find { it.key == '2981' }.amountNok", is(255))
                .body("find { it.key == '2981' }.name", is("Hurtigbuffer, nytt navn"));
    }

    @Test
    void aCachedSumAfterAnImportIsTheImportedSum() {
        SeedDocuments.importAll();
        String sums = "/api/budget/aggregations/sums?groupBy=chapter&year=2026&stage=forslag";
        given().when().get(sums).then().body("find { it.key == '740' }.amountNok", is(1_672_130_000));
        // Prop. 1 S has 1 556 792 000 on kap. 740 post 01; an editor changes it, the import puts it back
        put("/api/budget/chapters/740/posts/01/amounts/2026/forslag", "{\"amountNok\":1556793000}");
        given().when().get(sums).then().body("find { it.key == '740' }.amountNok", is(1_672_131_000));
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                .body(SeedDocuments.read(SeedDocuments.PROP1S))
                .when().post("/api/budget/imports").then().statusCode(200).body("changes.amounts.updated", greaterThan(0));
        given().when().get(sums).then().body("find { it.key == '740' }.amountNok", is(1_672_130_000));
    }

    @Test
    void theDataVersionChangesWithAWriteAndNotWithARead() {
        put("/api/budget/chapters/2982", "{\"name\":\"Versjon\"}");
        long before = aggregations.dataVersion();
        given().when().get(SUMS).then().statusCode(200);
        assertEquals(before, aggregations.dataVersion());
        put("/api/budget/chapters/2982", "{\"name\":\"Versjon, rettet\"}");
        assertThat(aggregations.dataVersion(), greaterThan(before));
    }

    private static void put(String path, String json) {
        int status = given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body(json)
                .when().put(path).then().extract().statusCode();
        assertThat(path, status == 200 || status == 201);
    }
}
