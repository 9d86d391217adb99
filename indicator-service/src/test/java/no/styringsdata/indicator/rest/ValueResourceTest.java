package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ValueResourceTest {

    @BeforeEach
    void documents() {
        SeedDocuments.importDocuments();
    }

    @Test
    void addsAndCorrectsAValueAndRefusesAStaleVersion() {
        long id = letterIndicator(7, "steering_parameter", 1);
        String location = given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"period\":\"2025-T1\",\"value\":84.5,\"unit\":\"percent\",\"note\":\"Fra tertialrapport 1\"}")
                .when().post("/api/indicators/" + id + "/values")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", is("\"0\""))
                .body("period", is("2025-T1"))
                .body("value", is(84.5f))
                .body("origin", is("api"))
                .body("recordedBy", is("test-editor"))
                .extract().header("Location");
        long valueId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String etag = given().auth().oauth2(Tokens.EDITOR).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"period\":\"2025-T1\",\"value\":85,\"unit\":\"percent\"}")
                .when().put("/api/indicators/" + id + "/values/" + valueId)
                .then().statusCode(200)
                .body("value", is(85))
                .body("recordedBy", is("test-editor"))
                .extract().header("ETag");
        assertNotEquals("\"0\"", etag);

        given().auth().oauth2(Tokens.EDITOR).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"period\":\"2025-T1\",\"value\":86,\"unit\":\"percent\"}")
                .when().put("/api/indicators/" + id + "/values/" + valueId)
                .then().statusCode(412).contentType("application/problem+json");
        given().when().get("/api/indicators/" + id + "/values").then().statusCode(200)
                .body("", hasSize(1)).body("[0].value", is(85)).body("[0].version", is(1));

        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"period\":\"2025-T1\",\"value\":1,\"unit\":\"percent\"}")
                .when().post("/api/indicators/" + id + "/values")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void refusesInvalidValues() {
        long id = letterIndicator(7, "steering_parameter", 2);
        assertInvalid(id, "{\"period\":\"2025\",\"value\":5,\"unit\":\"furlongs\"}", "unit");
        assertInvalid(id, "{\"period\":\"2025\",\"value\":120,\"unit\":\"percent\"}", "value");
        assertInvalid(id, "{\"period\":\"2025-T4\",\"value\":5,\"unit\":\"count\"}", "period");
        assertInvalid(id, "{\"period\":\"last year\",\"value\":5,\"unit\":\"count\"}", "period");
        assertInvalid(id, "{\"period\":\"2025\",\"unit\":\"count\"}", "value");
        assertInvalid(id, "{\"period\":\"2025\",\"value\":5,\"unit\":\"count\",\"note\":\"a\\u0000b\"}", "note");
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"period\":\"2025\",\"value\":\"many\",\"unit\":\"count\"}")
                .when().post("/api/indicators/" + id + "/values")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/indicators/" + id + "/values").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"period\":\"2025\",\"value\":5,\"unit\":\"count\"}")
                .when().post("/api/indicators/999999/values")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anImportKeepsACorrectedValue() {
        long employees = SeedDocuments.tableKeyFigure("Utførte årsverk");
        var value = given().when().get("/api/indicators/" + employees + "/values?breakdown=POBO&from=2021&to=2021")
                .then().statusCode(200).body("", hasSize(1)).body("[0].value", is(56)).extract().jsonPath();
        long valueId = value.getLong("[0].id");
        given().auth().oauth2(Tokens.EDITOR).header("If-Match", "\"" + value.getLong("[0].version") + "\"").contentType("application/json")
                .body("{\"period\":\"2021\",\"value\":56.5,\"unit\":\"fte\",\"breakdown\":\"POBO\",\"note\":\"Rettet\"}")
                .when().put("/api/indicators/" + employees + "/values/" + valueId).then().statusCode(200);
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(SeedDocuments.read(SeedDocuments.ANNUAL_REPORT))
                .when().post("/api/indicators/imports").then().statusCode(200).body("changed", is(false));
        given().when().get("/api/indicators/" + employees + "/values?breakdown=POBO&from=2021&to=2021")
                .then().statusCode(200).body("[0].value", is(56.5f)).body("[0].origin", is("api"));
    }

    private static void assertInvalid(long id, String body, String field) {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body(body).when().post("/api/indicators/" + id + "/values")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is(field));
    }

    private static long letterIndicator(int goal, String kind, int number) {
        return given().when().get("/api/indicators?year=2025&goal=" + goal + "&kind=" + kind)
                .then().statusCode(200).extract().jsonPath().getLong("find { it.number == " + number + " }.id");
    }
}
