package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static no.styringsdata.testing.Requests.PROBLEM;
import static no.styringsdata.testing.Requests.asEditor;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class WriteResourceTest {

    private static final String CHAPTERS = "/api/budget/chapters/";
    private static final String CHAPTER = "4999";

    @Test
    void createsAndCorrectsAChapterPostAndAmountWithOptimisticLocking() {
        String etag = put(CHAPTER, "{\"name\":\"Testkapittel\"}")
                .statusCode(201).header("ETag", notNullValue()).extract().header("ETag");

        asEditor("{\"name\":\"Testkapittel, rettet\"}").header("If-Match", etag)
                .when().put(CHAPTERS + CHAPTER).then().statusCode(200);
        asEditor("{\"name\":\"Lost update\"}").header("If-Match", etag)
                .when().put(CHAPTERS + CHAPTER).then().statusCode(412).contentType(PROBLEM);
        given().when().get(CHAPTERS + CHAPTER).then().body("name", is("Testkapittel, rettet"));

        put(CHAPTER + "/posts/01", "{\"name\":\"Salgsinntekter\",\"transferable\":true,\"mayBeUsedUnderPosts\":[70]}")
                .statusCode(201);
        put(CHAPTER + "/posts/01/amounts/2026/revidert", "{\"amountNok\":1234567,\"note\":\"test\"}").statusCode(201);
        given().when().get("/api/budget/amounts?chapter=" + CHAPTER)
                .then().statusCode(200)
                .body("[0].amountNok", is(1_234_567))
                .body("[0].stage", is("revidert"))
                .body("[0].sourceText", is("Set through the API: test"));
        given().when().get(CHAPTERS + CHAPTER)
                .then().body("posts[0].kind", is("sales_and_operating_income"))
                .body("posts[0].stikkord.mayBeUsedUnderPosts", hasItem("70"));
    }

    @Test
    void refusesAnAmountOfAnAgencyItDoesNotKnowNamingTheParameter() {
        put("4989", "{\"name\":\"Ukjent\"}").statusCode(anyOf(is(200), is(201)));
        put("4989/posts/01", "{\"name\":\"Drift\"}").statusCode(anyOf(is(200), is(201)));
        asEditor("{\"amountNok\":5}").queryParam("agency", "Ingen slik etat")
                .when().put(CHAPTERS + "4989/posts/01/amounts/2026/tildeling")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("agency"));
        given().queryParam("agency", "Ingen slik etat")
                .when().get(CHAPTERS + "4989/posts/01/amounts/2026/tildeling").then().statusCode(404);
    }

    @Test
    void theLocationOfACreatedPostAndAmountAnswersWithTheirETags() {
        SeedDocuments.importAll(); // an agency's amount needs an agency this service knows
        put("4993", "{\"name\":\"Lokasjon\"}").statusCode(201);
        var post = put("4993/posts/01", "{\"name\":\"Drift\"}").statusCode(201).extract();
        given().when().get(post.header("Location"))
                .then().statusCode(200).header("ETag", is(post.header("ETag"))).body("name", is("Drift"));
        var amount = asEditor("{\"amountNok\":5}").queryParam("agency", "Helsedirektoratet")
                .when().put(CHAPTERS + "4993/posts/01/amounts/2026/tildeling").then().statusCode(201).extract();
        given().when().get(amount.header("Location"))
                .then().statusCode(200).header("ETag", is(amount.header("ETag")))
                .body("amountNok", is(5)).body("agency", is("helsedirektoratet"))
                .body("agencyName", is("Helsedirektoratet"));
        given().when().get(CHAPTERS + "4993/posts/01/amounts/2026/tildeling")
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get(CHAPTERS + "4993/posts/02")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectsAChapterWithoutANameNamingTheField() {
        put("4998", "{\"name\":\"\"}").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("name"));
        given().when().get(CHAPTERS + "4998").then().statusCode(404);
    }

    @Test
    void rejectsAChapterNumberOutOfRange() {
        put("7000", "{\"name\":\"x\"}").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rejectsAnUnknownCategory() {
        put("4997", "{\"name\":\"x\",\"categoryCode\":\"99.99\"}")
                .statusCode(400).body("violations[0].field", is("categoryCode"));
    }

    @Test
    void rejectsAPostNumberOutOfRangeAndAMissingAmount() {
        put("4996", "{\"name\":\"x\"}").statusCode(201);
        put("4996/posts/100", "{\"name\":\"x\"}").statusCode(400).contentType(PROBLEM);
        put("4996/posts/01", "{\"name\":\"x\"}").statusCode(201);
        put("4996/posts/01/amounts/2026/forslag", "{\"note\":\"no amount\"}")
                .statusCode(400).body("violations[0].field", is("amountNok"));
        put("4996/posts/01/amounts/2026/budsjett", "{\"amountNok\":1}")
                .statusCode(400).body("violations[0].field", is("stage"));
    }

    @Test
    void rejectsMalformedJson() {
        put("4995", "{\"name\":").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rejectsAPostForAMissingChapter() {
        put("4994/posts/01", "{\"name\":\"x\"}").statusCode(404).contentType(PROBLEM);
    }

    // The next three were found by HostileInputTest; each answered 500 before.

    @Test
    void rejectsAValueOfTheWrongJsonTypeNamingTheFieldWhateverTheAcceptHeader() {
        asEditor("{\"amountNok\":[\"x\"]}").accept("text/csv")
                .when().put(CHAPTERS + "740/posts/01/amounts/2026/forslag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("amountNok"));
    }

    @Test
    void rejectsAnAcceptHeaderThatIsNoMediaType() {
        asEditor("{\"name\":\"x\"}").header("Accept", "nonsense")
                .when().put(CHAPTERS + "4993").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("Accept"));
    }

    @Test
    void rejectsAPageSoFarThatItsOffsetWouldOverflow() {
        given().auth().oauth2(Tokens.EDITOR).when().get("/api/budget/audit?page=2147483647")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("page"));
    }

    /** PUT of a JSON body with an editor's token, below /chapters/. */
    private static ValidatableResponse put(String path, String body) {
        return asEditor(body).when().put(CHAPTERS + path).then();
    }
}
