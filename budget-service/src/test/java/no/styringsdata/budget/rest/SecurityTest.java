package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SecurityTest {

    @Test
    void readsArePublic() {
        given().when().get("/api/budget/chapters").then().statusCode(200);
    }

    @Test
    void aWriteWithoutATokenIs401AndWritesNothing() {
        given().contentType("application/json").body("{\"name\":\"Uten token\"}")
                .when().put("/api/budget/chapters/4901")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("text/plain").body(SeedDocuments.read(SeedDocuments.SUPPLEMENTARY_LETTER))
                .when().post("/api/budget/imports")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/budget/chapters/4901").then().statusCode(404);
    }

    @Test
    void a401ForAPathWithCharactersAUriCannotHoldIsStillAProblem() {
        // found by hostile-input testing: the problem's instance was built from the decoded path
        given().contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/budget/chapters/%7B%7D")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aWriteWithAnotherRoleIs403AndWritesNothing() {
        given().auth().oauth2(Tokens.OTHER_ROLE).contentType("application/json").body("{\"name\":\"Feil rolle\"}")
                .when().put("/api/budget/chapters/4902")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/budget/chapters/4902").then().statusCode(404);
    }

    @Test
    void aForgedTokenIs401() {
        given().auth().oauth2(Tokens.EDITOR.substring(0, Tokens.EDITOR.length() - 4) + "AAAA")
                .contentType("application/json").body("{\"name\":\"Forfalsket\"}")
                .when().put("/api/budget/chapters/4903")
                .then().statusCode(401);
    }

    @Test
    void everyWriteIsAuditedWithWhoAndWhatChanged() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Før\"}")
                .when().put("/api/budget/chapters/4904").then().statusCode(201);
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Etter\"}")
                .header("X-Request-Id", "audit-test-1")
                .when().put("/api/budget/chapters/4904").then().statusCode(200);
        given().auth().oauth2(Tokens.EDITOR)
                .when().get("/api/budget/audit?targetType=chapter&targetId=4904")
                .then().statusCode(200)
                .body("size()", is(2))
                .body("[0].subject", is("test-editor"))
                .body("[0].action", is("update"))
                .body("[0].before.name", is("Før"))
                .body("[0].after.name", is("Etter"))
                .body("[0].requestId", is("audit-test-1"))
                .body("[1].action", is("create"))
                .body("[1].before", nullValue());
    }

    @Test
    void theAuditLogIsForEditorsOnly() {
        given().when().get("/api/budget/audit").then().statusCode(401);
        given().auth().oauth2(Tokens.OTHER_ROLE).when().get("/api/budget/audit").then().statusCode(403);
    }

    @Test
    void importsAreAudited() {
        SeedDocuments.importAll();
        given().auth().oauth2(Tokens.EDITOR).when().get("/api/budget/audit?targetType=document")
                .then().statusCode(200).body("size()", greaterThan(0))
                .body("[0].subject", is("test-editor"));
    }
}
