package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static no.styringsdata.testing.Requests.json;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SecurityTest extends no.styringsdata.testing.SecurityTest {

    /** The values of the report's key figure "Antall ansatte". */
    private String values;

    @BeforeEach
    void seeded() {
        values = "/api/indicators/" + SeedDocuments.importedEmployeesFigure() + "/values";
    }

    /** A value added to a key figure of the report. */
    @Override
    protected ValidatableResponse write(String bearerToken) {
        return json(bearerToken, "{\"period\":\"2030\",\"value\":1,\"unit\":\"count\"}")
                .when().post(values).then();
    }

    @Override
    protected void assertNotWritten() {
        given().when().get(values + "?from=2030&to=2030")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void anAddedValueIsAudited() {
        int id = given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"period\":\"2032\",\"value\":900,\"unit\":\"count\",\"note\":\"Anslag\"}")
                .when().post(values)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.EDITOR)
                .when().get("/api/indicators/audit?targetType=value&targetId=" + id)
                .then().statusCode(200)
                .body("[0].subject", is("test-editor"))
                .body("[0].action", is("create"))
                .body("[0].before", nullValue())
                .body("[0].after.note", is("Anslag"));
    }
}
