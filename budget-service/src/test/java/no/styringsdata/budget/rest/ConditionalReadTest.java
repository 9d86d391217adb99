package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** Conditional reads of the budget: see {@link no.styringsdata.testing.ConditionalReadTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConditionalReadTest extends no.styringsdata.testing.ConditionalReadTest {

    // a chapter number no seed document or other test uses, first in the list sorted by number, descending
    private static final String CHAPTER = "/api/budget/chapters/5998";

    ConditionalReadTest() {
        super(new Reads("/api/budget/chapters?sort=-number&size=3", CHAPTER, "/api/budget/audit"));
    }

    @Override
    protected void write(String variant) {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"name\":\"Betinget lesing " + variant + "\"}")
                .when().put(CHAPTER).then().statusCode(anyOf(is(200), is(201)));
    }

    @Override
    protected String measuredRead() {
        SeedDocuments.importAll();
        return "/api/budget/amounts?year=2026&size=1000";
    }
}
