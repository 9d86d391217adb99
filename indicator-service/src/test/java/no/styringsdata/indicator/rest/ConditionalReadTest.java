package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conditional reads of the indicators: see {@link no.styringsdata.testing.ConditionalReadTest}; the read is an
 * indicator's values, which are also JSON-stat. The service has no GET whose ETag is a record's version.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConditionalReadTest extends no.styringsdata.testing.ConditionalReadTest {

    private long indicator;

    ConditionalReadTest() {
        super(new Reads(null, null, "/api/indicators/audit"));
    }

    @BeforeEach
    void documents() {
        SeedDocuments.importDocuments();
        indicator = given().when().get("/api/indicators?year=2025&goal=7&kind=steering_parameter")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    @Override
    protected String listRead() {
        return "/api/indicators/" + indicator + "/values";
    }

    @Override
    protected String measuredRead() {
        return "/api/indicators?size=1000";
    }

    @Override
    protected void write(String variant) {
        String period = variant.equals("a") ? "2025-T1" : "2025-T2";
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"period\":\"" + period + "\",\"value\":50,\"unit\":\"percent\"}")
                .when().post(listRead()).then().statusCode(anyOf(is(200), is(201)));
    }

    @Test
    void jsonStatHasAnETagOfItsOwn() {
        write("a");
        String json = given().accept("application/json").when().get(listRead()).then().statusCode(200).extract().header("ETag");
        String jsonStat = given().accept("application/json+stat").when().get(listRead())
                .then().statusCode(200).header("ETag", not(json)).extract().header("ETag");
        assertNotEquals(jsonStat, given().when().get(listRead() + "?format=jsonstat").then().statusCode(200)
                .extract().header("ETag"));
        given().accept("application/json+stat").header("If-None-Match", jsonStat).when().get(listRead())
                .then().statusCode(304);
    }
}
