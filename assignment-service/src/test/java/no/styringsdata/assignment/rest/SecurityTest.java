package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SecurityTest {

    @BeforeEach
    void seeded() {
        SeedDocuments.importLetters();
    }

    @Test
    void aStatusChangeWithoutATokenIs401AndRecordsNothing() {
        given().contentType("application/json").body("{\"status\":\"delayed\"}")
                .when().post("/api/assignments/TB2025-40/status")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/assignments/TB2025-40").then().body("status", is("not_started"));
    }

    @Test
    void aStatusChangeWithAnotherRoleIs403AndRecordsNothing() {
        given().auth().oauth2(Tokens.OTHER_ROLE).contentType("application/json").body("{\"status\":\"delayed\"}")
                .when().post("/api/assignments/TB2025-41/status")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/assignments/TB2025-41").then().body("status", is("not_started"));
    }

    @Test
    void anImportWithoutATokenIs401() {
        given().contentType("text/plain").body(SeedDocuments.read(SeedDocuments.SUPPLEMENTARY_LETTER))
                .when().post("/api/assignments/imports")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aStatusChangeIsAuditedWithWhoAndBeforeAndAfter() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"status\":\"in_progress\",\"note\":\"Startet\"}")
                .when().post("/api/assignments/TB2025-42/status").then().statusCode(201);
        given().auth().oauth2(Tokens.EDITOR)
                .when().get("/api/assignments/audit?targetType=assignment&targetId=helsedirektoratet/TB2025-42")
                .then().statusCode(200)
                .body("[0].subject", is("test-editor"))
                .body("[0].action", is("status-change"))
                .body("[0].before.status", is("not_started"))
                .body("[0].after.status", is("in_progress"))
                .body("[0].after.note", is("Startet"));
        given().when().get("/api/assignments/audit").then().statusCode(401);
    }
}
