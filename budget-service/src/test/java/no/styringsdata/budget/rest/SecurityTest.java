package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static no.styringsdata.testing.Requests.PROBLEM;
import static no.styringsdata.testing.Requests.json;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SecurityTest extends no.styringsdata.testing.SecurityTest {

    private static final String CHAPTERS = "/api/budget/chapters/";

    /** A chapter created. */
    @Override
    protected ValidatableResponse write(String bearerToken) {
        return putChapter(bearerToken, "4901", "{\"name\":\"Uten rett\"}");
    }

    @Override
    protected void assertNotWritten() {
        given().when().get(CHAPTERS + "4901").then().statusCode(404);
    }

    @Test
    void readsArePublic() {
        given().when().get("/api/budget/chapters").then().statusCode(200);
    }

    @Test
    void a401ForAPathWithCharactersAUriCannotHoldIsStillAProblem() {
        // found by hostile-input testing: the problem's instance was built from the decoded path
        putChapter(null, "%7B%7D", "{\"name\":\"x\"}").statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aForgedTokenIs401() {
        String forged = Tokens.EDITOR.substring(0, Tokens.EDITOR.length() - 4) + "AAAA";
        putChapter(forged, "4903", "{\"name\":\"Forfalsket\"}").statusCode(401);
    }

    @Test
    void everyWriteIsAuditedWithWhoAndWhatChanged() {
        putChapter(Tokens.EDITOR, "4904", "{\"name\":\"Før\"}").statusCode(201);
        json(Tokens.EDITOR, "{\"name\":\"Etter\"}").header("X-Request-Id", "audit-test-1")
                .when().put(CHAPTERS + "4904").then().statusCode(200);
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
    void importsAreAudited() {
        SeedDocuments.importAll();
        given().auth().oauth2(Tokens.EDITOR).when().get("/api/budget/audit?targetType=document")
                .then().statusCode(200).body("size()", greaterThan(0))
                .body("[0].subject", is("test-editor"));
    }

    private static ValidatableResponse putChapter(String bearerToken, String number, String body) {
        return json(bearerToken, body).when().put(CHAPTERS + number).then();
    }
}
