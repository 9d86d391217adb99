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
class ImportResourceTest extends no.styringsdata.testing.ImportResourceTest {

    ImportResourceTest() {
        super("lorem ipsum\n\u0000\u0001 3.1.1 Styringsparametere\nÅrsrapport Nøkkeltall 1:",
                SeedDocuments::importDocuments, SeedDocuments.PROP1S, SeedDocuments.SUPPLEMENTARY_LETTER);
    }

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
        assertUnchanged(letter, "tildelingsbrev", 2025, 13, 97);
        assertEquals("HOD", letter.getString("ministry"));
        assertEquals("Helsedirektoratet", letter.getString("agencyName"));
        assertEquals("Tildelingsbrev 2025 til Helsedirektoratet", letter.getString("title"));
        assertEquals(0, letter.getInt("changes.indicators.created") + letter.getInt("changes.indicators.updated"));

        JsonPath report = importText(SeedDocuments.read(SeedDocuments.ANNUAL_REPORT));
        assertUnchanged(report, "arsrapport", 2024, 14, 71);
        assertEquals(0, report.getInt("changes.values.created") + report.getInt("changes.values.updated"));
        assertTrue(report.getInt("changes.values.unchanged") > 150, report.prettify());
        // the table inside a result that the parser leaves, line 3166
        assertEquals(3166, report.getInt("warnings[0].line"));
        assertEquals(before, SeedDocuments.indicatorCount());
    }

    /** An import report of Helsedirektoratet's document that changed nothing, with so many goals and indicators. */
    private static void assertUnchanged(JsonPath report, String kind, int year, int goals, int indicators) {
        assertEquals(kind, report.getString("kind"));
        assertEquals("helsedirektoratet", report.getString("agency"));
        assertEquals(year, report.getInt("year"));
        assertFalse(report.getBoolean("changed"));
        assertEquals(goals, report.getInt("changes.goals.unchanged"));
        assertEquals(indicators, report.getInt("changes.indicators.unchanged"));
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

    private static JsonPath importText(String text) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/indicators/imports")
                .then().statusCode(200).extract().jsonPath();
    }
}
