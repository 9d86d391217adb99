package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class WriteResourceTest {

    private static final int CHAPTER = 4999;

    @Test
    void createsAndCorrectsAChapterPostAndAmountWithOptimisticLocking() {
        String etag = given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Testkapittel\"}")
                .when().put("/api/budget/chapters/" + CHAPTER)
                .then().statusCode(201).header("ETag", notNullValue()).extract().header("ETag");

        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").header("If-Match", etag).body("{\"name\":\"Testkapittel, rettet\"}")
                .when().put("/api/budget/chapters/" + CHAPTER)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").header("If-Match", etag).body("{\"name\":\"Lost update\"}")
                .when().put("/api/budget/chapters/" + CHAPTER)
                .then().statusCode(412).contentType("application/problem+json");
        given().when().get("/api/budget/chapters/" + CHAPTER).then().body("name", is("Testkapittel, rettet"));

        given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"name\":\"Salgsinntekter\",\"transferable\":true,\"mayBeUsedUnderPosts\":[70]}")
                .when().put("/api/budget/chapters/" + CHAPTER + "/posts/01")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"amountNok\":1234567,\"note\":\"test\"}")
                .when().put("/api/budget/chapters/" + CHAPTER + "/posts/01/amounts/2026/revidert")
                .then().statusCode(201);
        given().when().get("/api/budget/amounts?chapter=" + CHAPTER)
                .then().statusCode(200)
                .body("[0].amountNok", is(1_234_567))
                .body("[0].stage", is("revidert"))
                .body("[0].sourceText", is("Set through the API: test"));
        given().when().get("/api/budget/chapters/" + CHAPTER)
                .then().body("posts[0].kind", is("sales_and_operating_income"))
                .body("posts[0].stikkord.mayBeUsedUnderPosts", hasItem("70"));
    }

    @Test
    void refusesAnAmountOfAnAgencyItDoesNotKnowNamingTheParameter() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Ukjent\"}")
                .when().put("/api/budget/chapters/4989").then().statusCode(anyOf(is(200), is(201)));
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Drift\"}")
                .when().put("/api/budget/chapters/4989/posts/01").then().statusCode(anyOf(is(200), is(201)));
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"amountNok\":5}")
                .queryParam("agency", "Ingen slik etat")
                .when().put("/api/budget/chapters/4989/posts/01/amounts/2026/tildeling")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("agency"));
        given().queryParam("agency", "Ingen slik etat")
                .when().get("/api/budget/chapters/4989/posts/01/amounts/2026/tildeling").then().statusCode(404);
    }

    @Test
    void theLocationOfACreatedPostAndAmountAnswersWithTheirETags() {
        SeedDocuments.importAll(); // an agency's amount needs an agency this service knows
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Lokasjon\"}")
                .when().put("/api/budget/chapters/4993").then().statusCode(201);
        var post = given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Drift\"}")
                .when().put("/api/budget/chapters/4993/posts/01").then().statusCode(201).extract();
        given().when().get(post.header("Location"))
                .then().statusCode(200).header("ETag", is(post.header("ETag"))).body("name", is("Drift"));
        var amount = given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"amountNok\":5}")
                .queryParam("agency", "Helsedirektoratet")
                .when().put("/api/budget/chapters/4993/posts/01/amounts/2026/tildeling").then().statusCode(201).extract();
        given().when().get(amount.header("Location"))
                .then().statusCode(200).header("ETag", is(amount.header("ETag")))
                .body("amountNok", is(5)).body("agency", is("helsedirektoratet"))
                .body("agencyName", is("Helsedirektoratet"));
        given().when().get("/api/budget/chapters/4993/posts/01/amounts/2026/tildeling")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/budget/chapters/4993/posts/02")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rejectsAChapterWithoutANameNamingTheField() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"\"}")
                .when().put("/api/budget/chapters/4998")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("name"));
        given().when().get("/api/budget/chapters/4998").then().statusCode(404);
    }

    @Test
    void rejectsAChapterNumberOutOfRange() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/budget/chapters/7000")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsAnUnknownCategory() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"x\",\"categoryCode\":\"99.99\"}")
                .when().put("/api/budget/chapters/4997")
                .then().statusCode(400).body("violations[0].field", is("categoryCode"));
    }

    @Test
    void rejectsAPostNumberOutOfRangeAndAMissingAmount() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/budget/chapters/4996").then().statusCode(201);
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/budget/chapters/4996/posts/100")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/budget/chapters/4996/posts/01").then().statusCode(201);
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"note\":\"no amount\"}")
                .when().put("/api/budget/chapters/4996/posts/01/amounts/2026/forslag")
                .then().statusCode(400).body("violations[0].field", is("amountNok"));
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"amountNok\":1}")
                .when().put("/api/budget/chapters/4996/posts/01/amounts/2026/budsjett")
                .then().statusCode(400).body("violations[0].field", is("stage"));
    }

    @Test
    void rejectsMalformedJson() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":")
                .when().put("/api/budget/chapters/4995")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsAPostForAMissingChapter() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/budget/chapters/4994/posts/01")
                .then().statusCode(404).contentType("application/problem+json");
    }

    // The next three were found by HostileInputTest; each answered 500 before.

    @Test
    void rejectsAValueOfTheWrongJsonTypeNamingTheFieldWhateverTheAcceptHeader() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").accept("text/csv")
                .body("{\"amountNok\":[\"x\"]}")
                .when().put("/api/budget/chapters/740/posts/01/amounts/2026/forslag")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("amountNok"));
    }

    @Test
    void rejectsAnAcceptHeaderThatIsNoMediaType() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").header("Accept", "nonsense")
                .body("{\"name\":\"x\"}")
                .when().put("/api/budget/chapters/4993")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("Accept"));
    }

    @Test
    void rejectsAPageSoFarThatItsOffsetWouldOverflow() {
        given().auth().oauth2(Tokens.EDITOR).when().get("/api/budget/audit?page=2147483647")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("page"));
    }
}
