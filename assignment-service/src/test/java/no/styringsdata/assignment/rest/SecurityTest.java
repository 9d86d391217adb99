package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static no.styringsdata.testing.Requests.json;
import static org.hamcrest.Matchers.is;

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

    @BeforeEach
    void seeded() {
        SeedDocuments.importLetters();
    }

    /** A status change of an assignment. */
    @Override
    protected ValidatableResponse write(String bearerToken) {
        return json(bearerToken, "{\"status\":\"delayed\"}").when().post("/api/assignments/TB2025-40/status").then();
    }

    @Override
    protected void assertNotWritten() {
        given().when().get("/api/assignments/TB2025-40").then().body("status", is("not_started"));
    }

    @Test
    void aStatusChangeIsAuditedWithWhoAndBeforeAndAfter() {
        StatusChanges.post("TB2025-42", "{\"status\":\"in_progress\",\"note\":\"Startet\"}").statusCode(201);
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
