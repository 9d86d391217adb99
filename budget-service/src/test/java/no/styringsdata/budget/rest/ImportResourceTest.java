package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ImportResourceTest extends no.styringsdata.testing.ImportResourceTest {

    ImportResourceTest() {
        super("lorem ipsum\n\u0000\u0001 dolor 12 34\nSum sum sum", SeedDocuments::importAll);
    }

    @Test
    void importsProp1SWithEverySumKapCheckPassing() {
        SeedDocuments.importAll();
        JsonPath report = importText(SeedDocuments.read(SeedDocuments.PROP1S));
        assertEquals("prop1s", report.getString("kind"));
        assertEquals("HOD", report.getString("ministry"));
        assertEquals(null, report.getString("agency"), "Prop. 1 S is the state's as a whole");
        assertEquals(2026, report.getInt("year"));
        // 50 chapter tables; the other six "Sum kap." lines close one post's breakdown in mill. kr, not a chapter
        assertEquals(50, report.getList("checks.findAll { it.subject.startsWith('Sum kap.') }").size());
        assertEquals(0, report.getList("checks.findAll { !it.passed }").size());
    }

    @Test
    void reimportingTheSameDocumentChangesNothing() {
        SeedDocuments.importAll();
        for (String seed : new String[] {SeedDocuments.PROP1S, SeedDocuments.ALLOCATION_LETTER,
                SeedDocuments.SUPPLEMENTARY_LETTER, SeedDocuments.ANNUAL_REPORT}) {
            JsonPath report = given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(SeedDocuments.read(seed))
                    .queryParams(SeedDocuments.dateOf(seed))
                    .when().post("/api/budget/imports").then().statusCode(200).extract().jsonPath();
            assertEquals(false, report.getBoolean("changed"), seed);
            assertEquals(0, report.getInt("changes.amounts.created") + report.getInt("changes.amounts.updated"), seed);
            assertEquals(0, report.getInt("changes.allocations.created") + report.getInt("changes.allocations.updated"), seed);
        }
    }

    @Test
    void answersTheProp1SFigureForKap740Post01() {
        SeedDocuments.importAll();
        given().when().get("/api/budget/amounts?chapter=740&post=01&year=2026&stage=forslag")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("", hasSize(1))
                .body("[0].chapter", is(740))
                .body("[0].post", is("01"))
                .body("[0].stage", is("forslag"))
                .body("[0].amountNok", is(1_556_792_000))
                .body("[0].sourceDocument", containsString("Prop. 1 S"))
                .body("[0].sourceText", containsString("1 556 792"));
    }

    @Test
    void rejectsADocumentOfAnotherKindThanAskedFor() {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain").queryParam("kind", "prop1s")
                .body(SeedDocuments.read(SeedDocuments.SUPPLEMENTARY_LETTER))
                .when().post("/api/budget/imports")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void rejectsAnUnknownKindNamingTheParameter() {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain").queryParam("kind", "budget")
                .body("x").when().post("/api/budget/imports")
                .then().statusCode(400).body("violations[0].field", is("kind"));
    }

    @Test
    void aTruncatedProp1SIsRejectedOrImportedWithoutTouchingWhatIsThere() {
        SeedDocuments.importAll();
        long before = amountCount();
        String text = SeedDocuments.read(SeedDocuments.PROP1S);
        // Cut in the middle of a chapter table: the last table has no Sum kap. line.
        String truncated = text.substring(0, text.indexOf("Sum kap. 740"));
        int status = given().auth().oauth2(Tokens.EDITOR).contentType("text/plain").body(truncated).when().post("/api/budget/imports")
                .then().extract().statusCode();
        assertEquals(true, status == 200 || status == 422, "status " + status);
        given().when().get("/api/budget/amounts?chapter=740&post=01&year=2026&stage=forslag")
                .then().body("[0].amountNok", is(1_556_792_000));
        if (status == 422) {
            assertEquals(before, amountCount());
        }
    }

    @Test
    void rejectsAWrongContentType() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{}").when().post("/api/budget/imports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void importsTheAnnualReportsAppropriationAccounts() {
        SeedDocuments.importAll();
        given().when().get("/api/budget/amounts?chapter=701&post=21&year=2024&stage=tildeling")
                .then().statusCode(200)
                .body("findAll { it.agency != null }.agency", everyItem(is("helsedirektoratet")))
                .body("findAll { it.agency != null }.agencyName", everyItem(is("Helsedirektoratet")))
                .body("ministry", everyItem(is("HOD")))
                .body("find { it.agency != null }.amountNok", is(232_400_000));
    }

    private static JsonPath importText(String text) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/budget/imports")
                .then().statusCode(200).extract().jsonPath();
    }

    static long amountCount() {
        return Long.parseLong(given().when().get("/api/budget/amounts?size=1").then().statusCode(200)
                .extract().header("X-Total-Count"));
    }
}
