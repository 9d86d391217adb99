package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ImportResourceTest {

    @Test
    void theLetterOf2025Gives13GoalsWithTheirSteeringParametersAndKeyFigures() {
        SeedDocuments.importDocuments();
        List<Map<String, Object>> goals = given().when().get("/api/indicators/goals?year=2025")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(13, goals.size());
        List<String> counts = goals.stream().map(g -> ((List<?>) g.get("steeringParameters")).size() + "/"
                + ((List<?>) g.get("keyFigures")).size()).toList();
        assertEquals(List.of("2/1", "2/8", "2/2", "4/8", "3/11", "2/3", "4/0", "0/0", "3/9", "3/6", "2/4", "2/2", "4/10"),
                counts);
        given().when().get("/api/indicators?year=2025&size=1").then().statusCode(200).header("X-Total-Count", "97");
    }

    @Test
    void reimportingTheSameDocumentsChangesNothing() {
        SeedDocuments.importDocuments();
        long before = SeedDocuments.indicatorCount();

        JsonPath letter = importText(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER));
        assertEquals("tildelingsbrev", letter.getString("kind"));
        assertEquals("HOD", letter.getString("ministry"));
        assertEquals("helsedirektoratet", letter.getString("agency"));
        assertEquals("Helsedirektoratet", letter.getString("agencyName"));
        assertEquals("Tildelingsbrev 2025 til Helsedirektoratet", letter.getString("title"));
        assertEquals(2025, letter.getInt("year"));
        assertFalse(letter.getBoolean("changed"));
        assertEquals(13, letter.getInt("changes.goals.unchanged"));
        assertEquals(97, letter.getInt("changes.indicators.unchanged"));
        assertEquals(0, letter.getInt("changes.indicators.created") + letter.getInt("changes.indicators.updated"));

        JsonPath report = importText(SeedDocuments.read(SeedDocuments.ANNUAL_REPORT));
        assertEquals("arsrapport", report.getString("kind"));
        assertEquals("helsedirektoratet", report.getString("agency"));
        assertEquals(2024, report.getInt("year"));
        assertFalse(report.getBoolean("changed"));
        assertEquals(14, report.getInt("changes.goals.unchanged"));
        assertEquals(71, report.getInt("changes.indicators.unchanged"));
        assertEquals(0, report.getInt("changes.values.created") + report.getInt("changes.values.updated"));
        assertTrue(report.getInt("changes.values.unchanged") > 150, report.prettify());
        // the table inside a result that the parser leaves, line 3166
        assertEquals(3166, report.getInt("warnings[0].line"));
        assertEquals(before, SeedDocuments.indicatorCount());
    }

    @Test
    void linksTheReportsResultsToTheLettersIndicatorsByTheirText() {
        SeedDocuments.importDocuments();
        JsonPath report = importText(SeedDocuments.read(SeedDocuments.ANNUAL_REPORT));
        assertEquals(28, report.getInt("links.indicators"));
        // "Varighet på relasjon mellom fastlege og listeinnbygger": key figure 1 of goal 4 in both documents
        long reported = given().when().get("/api/indicators?year=2024&goal=4&kind=key_figure")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.number == 1 }.id");
        given().when().get("/api/indicators/" + reported).then().statusCode(200)
                .body("document", is("arsrapport"))
                .body("sameSeries[0].document", is("tildelingsbrev"))
                .body("sameSeries[0].year", is(2025));
    }

    @Test
    void rejectsAnEmptyBody() {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain").body("  \n ").when().post("/api/indicators/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("body"));
    }

    @Test
    void rejectsGarbageAndWritesNothing() {
        SeedDocuments.importDocuments();
        long before = SeedDocuments.indicatorCount();
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain").body("lorem ipsum\n\u0000\u0001 3.1.1 Styringsparametere\nÅrsrapport Nøkkeltall 1:")
                .when().post("/api/indicators/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("unreadable-document"))
                .body("detail", not(containsString("Exception")));
        assertEquals(before, SeedDocuments.indicatorCount());
    }

    @Test
    void rejectsTheBudgetProposalAndTheSupplementaryLetter() {
        SeedDocuments.importDocuments();
        long before = SeedDocuments.indicatorCount();
        for (String seed : List.of(SeedDocuments.PROP1S, SeedDocuments.SUPPLEMENTARY_LETTER)) {
            given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(SeedDocuments.read(seed))
                    .when().post("/api/indicators/imports")
                    .then().statusCode(422).contentType("application/problem+json");
        }
        assertEquals(before, SeedDocuments.indicatorCount());
    }

    private static JsonPath importText(String text) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/indicators/imports")
                .then().statusCode(200).extract().jsonPath();
    }
}
