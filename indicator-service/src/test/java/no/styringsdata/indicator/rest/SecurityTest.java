package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SecurityTest {

    private long indicator;

    @BeforeEach
    void seeded() {
        SeedDocuments.importDocuments();
        indicator = SeedDocuments.tableKeyFigure("Antall ansatte");
    }

    @Test
    void addingAValueWithoutATokenIs401AndWritesNothing() {
        given().contentType("application/json").body("{\"period\":\"2030\",\"value\":1,\"unit\":\"count\"}")
                .when().post("/api/indicators/" + indicator + "/values")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/indicators/" + indicator + "/values?from=2030&to=2030")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void addingAValueWithAnotherRoleIs403AndWritesNothing() {
        given().auth().oauth2(Tokens.OTHER_ROLE).contentType("application/json")
                .body("{\"period\":\"2031\",\"value\":1,\"unit\":\"count\"}")
                .when().post("/api/indicators/" + indicator + "/values")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/indicators/" + indicator + "/values?from=2031&to=2031")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void anImportWithoutATokenIs401() {
        given().contentType("text/plain").body(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER))
                .when().post("/api/indicators/imports")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anAddedValueIsAudited() {
        int id = given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"period\":\"2032\",\"value\":900,\"unit\":\"count\",\"note\":\"Anslag\"}")
                .when().post("/api/indicators/" + indicator + "/values")
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
