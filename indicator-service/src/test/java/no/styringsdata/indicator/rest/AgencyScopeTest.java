package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.LetterVariants;
import no.styringsdata.testing.documents.SeedTexts;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two agencies of one ministry: the real letter of 2025 and report of 2024 for Helsedirektoratet, and the
 * letter rewritten for Folkehelseinstituttet (its prose, tables unchanged). A database of its own, since
 * the variant adds a second agency's records. The first test imports the variant for the first time and
 * must run first (it checks that it does); the others only need all three documents imported.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_agencies"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyScopeTest {

    private static final Logger LOG = Logger.getLogger(AgencyScopeTest.class);

    private static final String LETTER = SeedTexts.read(SeedTexts.ALLOCATION_LETTER);
    private static final String REPORT = SeedTexts.read(SeedTexts.ANNUAL_REPORT);
    private static final String VARIANT = LetterVariants.forFolkehelseinstituttet(LETTER);

    @Test
    @Order(1)
    void theSecondAgencysLetterLeavesEveryAnswerAboutTheFirstAsItWas() {
        importText(LETTER);
        importText(REPORT);
        Map<String, String> before = helsedirektoratetsAnswers();

        JsonPath variant = importText(VARIANT);
        assertEquals(13, variant.getInt("changes.goals.created"), "the variant is imported here for the first time");
        assertEquals(97, variant.getInt("changes.indicators.created"));
        assertEquals("folkehelseinstituttet", variant.getString("agency"));
        assertEquals("Folkehelseinstituttet", variant.getString("agencyName"));
        assertEquals("HOD", variant.getString("ministry"));
        assertEquals(2025, variant.getInt("year"));
        assertEquals(0, variant.getInt("links.indicators"), "nothing of Helsedirektoratet's report joins it");

        Map<String, String> after = helsedirektoratetsAnswers();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((request, answer) -> assertEquals(answer, after.get(request), request));
    }

    @Test
    @Order(2)
    void eachAgencyHasItsOwnThirteenGoalsWith33SteeringParametersAnd64KeyFigures() {
        importAll();
        for (String agency : List.of("helsedirektoratet", "Helsedirektoratet", "HELSEDIREKTORATET",
                "folkehelseinstituttet", "Folkehelseinstituttet", "folkeHELSEinstituttet")) {
            String id = agency.toLowerCase(Locale.ROOT);
            JsonPath goals = given().queryParam("year", 2025).queryParam("agency", agency)
                    .when().get("/api/indicators/goals").then().statusCode(200)
                    .body("agency", everyItem(is(id)))
                    .body("ministry", everyItem(is("HOD")))
                    .body("document", everyItem(is("tildelingsbrev")))
                    .extract().jsonPath();
            assertEquals(13, goals.getList("$").size(), agency);
            assertEquals(33, goals.getList("steeringParameters.flatten()").size(), agency);
            assertEquals(64, goals.getList("keyFigures.flatten()").size(), agency);
            for (var kind : Map.of("steering_parameter", "33", "key_figure", "64").entrySet()) {
                given().queryParam("year", 2025).queryParam("agency", agency).queryParam("kind", kind.getKey())
                        .when().get("/api/indicators").then().statusCode(200)
                        .header("X-Total-Count", kind.getValue())
                        .body("agency", everyItem(is(id)));
            }
        }
        // both agencies, each letter's goals in order, Folkehelseinstituttet first by name
        given().when().get("/api/indicators/goals?year=2025&ministry=hod").then().statusCode(200)
                .body("", hasSize(26))
                .body("[0].agencyName", is("Folkehelseinstituttet"))
                .body("[13].agencyName", is("Helsedirektoratet"))
                .body("[13].number", is(1));
        given().when().get("/api/indicators?ministry=KD").then().statusCode(200).header("X-Total-Count", "0");
        given().when().get("/api/indicators/goals?year=2025&agency=Statens%20helsetilsyn").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    @Order(3)
    void seriesJoinYearsWithinOneAgencyOnly() {
        importAll();
        // "Varighet på relasjon mellom fastlege og listeinnbygger": key figure 1 of goal 4 of both letters
        long hdir = letterIndicator("helsedirektoratet", 4, 1);
        long fhi = letterIndicator("folkehelseinstituttet", 4, 1);
        JsonPath hdirDetail = given().when().get("/api/indicators/" + hdir).then().statusCode(200)
                .body("agency", is("helsedirektoratet")).extract().jsonPath();
        JsonPath fhiDetail = given().when().get("/api/indicators/" + fhi).then().statusCode(200)
                .body("agency", is("folkehelseinstituttet")).extract().jsonPath();
        assertEquals(hdirDetail.getString("textKey"), fhiDetail.getString("textKey"), "the same text in both letters");
        assertNotEquals(hdirDetail.getLong("seriesId"), fhiDetail.getLong("seriesId"));
        assertEquals(List.of("arsrapport"), hdirDetail.getList("sameSeries.document"), "Helsedirektoratet's report");
        assertEquals(List.of("helsedirektoratet"), hdirDetail.getList("sameSeries.agency"));
        assertEquals(List.of(), fhiDetail.getList("sameSeries"), "Folkehelseinstituttet has no report");

        List<String> hdirYears = given().when().get("/api/indicators/" + hdir + "/values").then().statusCode(200)
                .body("agency", everyItem(is("helsedirektoratet"))).extract().jsonPath().getList("period");
        assertFalse(hdirYears.isEmpty(), "the report gives values for it");
        given().when().get("/api/indicators/" + fhi + "/values").then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/indicators/" + hdir + "/values?agency=Folkehelseinstituttet").then().statusCode(200)
                .body("", hasSize(0));
        JsonPath dataset = JsonPath.from(given().when()
                .get("/api/indicators/" + hdir + "/values?format=jsonstat&agency=helsedirektoratet")
                .then().statusCode(200).extract().asString());
        assertEquals("helsedirektoratet", dataset.getString("extension.agency"));
        assertEquals("Helsedirektoratet", dataset.getString("extension.agencyName"));
        assertEquals("HOD", dataset.getString("extension.ministry"));
        assertEquals(hdirYears.stream().distinct().count(), dataset.getLong("size[0]"));
    }

    @Test
    @Order(4)
    void theSameImportTwiceChangesNothingAndTheReportSaysWhatWasFoundWhere() {
        importAll();
        for (String text : List.of(LETTER, REPORT, VARIANT)) {
            JsonPath again = importText(text);
            assertFalse(again.getBoolean("changed"), again.getString("title"));
            assertEquals(0, again.getInt("changes.goals.created") + again.getInt("changes.goals.updated"));
            assertEquals(0, again.getInt("changes.indicators.created") + again.getInt("changes.indicators.updated"));
            assertEquals(0, again.getInt("changes.values.created") + again.getInt("changes.values.updated"));
            LOG.infof("%s: %s", again.getString("title"), found(again));
        }
        JsonPath variant = importText(VARIANT);
        assertEquals(Map.of("goals", 13, "steeringParameters", 33, "keyFigures", 64), found(variant));
        assertEquals(found(importText(LETTER)), found(variant), "the variant's goals stand where the letter's do");
        JsonPath report = importText(REPORT);
        assertEquals(184, found(report).get("values"), "every value read, repeats included");
        assertTrue(report.getList("warnings.line", Integer.class).stream().allMatch(line -> line > 0),
                "every warning has its line");
    }

    @Test
    @Order(5)
    void theAgenciesAreListedAndAnAgencyTheTextContradictsIsRefused() {
        importAll();
        given().when().get("/api/indicators/agencies").then().statusCode(200)
                .body("id", is(List.of("folkehelseinstituttet", "helsedirektoratet")))
                .body("ministry", everyItem(is("HOD")));
        given().when().get("/api/indicators/agencies/FOLKEHELSEINSTITUTTET").then().statusCode(200)
                .body("name", is("Folkehelseinstituttet"));
        String before = given().when().get("/api/indicators?size=1000").then().statusCode(200).extract().asString();
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").queryParam("agency", "Helsedirektoratet")
                .body(VARIANT).when().post("/api/indicators/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", is("agency"));
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").queryParam("year", 2024)
                .body(LETTER).when().post("/api/indicators/imports")
                .then().statusCode(422).body("violations[0].field", is("year"));
        // the text's own agency, ministry and kind as parameters: the same import, nothing new
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                .queryParam("agency", "Folkehelseinstituttet").queryParam("ministry", "hod").queryParam("kind", "tildelingsbrev")
                .body(VARIANT).when().post("/api/indicators/imports")
                .then().statusCode(200).body("changed", is(false)).body("agency", is("folkehelseinstituttet"));
        assertEquals(before, given().when().get("/api/indicators?size=1000").then().statusCode(200).extract().asString());
    }

    /** Every read about Helsedirektoratet, by request: goal trees, lists (JSON and CSV), each indicator and its values. */
    private static Map<String, String> helsedirektoratetsAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> requests = new ArrayList<>(List.of(
                "/api/indicators/goals?year=2025&agency=helsedirektoratet",
                "/api/indicators/goals?year=2024",
                "/api/indicators?agency=Helsedirektoratet&size=1000",
                "/api/indicators?agency=helsedirektoratet&size=1000&format=csv",
                "/api/indicators?q=fastleger&agency=helsedirektoratet",
                "/api/indicators/agencies/helsedirektoratet"));
        List<Long> ids = given().when().get("/api/indicators?agency=helsedirektoratet&size=1000").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertEquals(97 + 71, ids.size(), "the letter's and the report's indicators");
        for (long id : ids) {
            requests.add("/api/indicators/" + id);
            requests.add("/api/indicators/" + id + "/values");
        }
        for (String request : requests) {
            Response response = given().when().get(request);
            assertEquals(200, response.statusCode(), request);
            answers.put(request, response.header("X-Total-Count") + "\n" + response.asString());
        }
        return answers;
    }

    private static Map<String, Integer> found(JsonPath report) {
        Map<String, Integer> totals = new TreeMap<>();
        List<Map<String, Integer>> sections = report.getList("sections.found");
        sections.forEach(found -> found.forEach((thing, count) -> totals.merge(thing, count, Integer::sum)));
        return totals;
    }

    private static long letterIndicator(String agency, int goal, int number) {
        return given().queryParam("agency", agency).queryParam("year", 2025).queryParam("goal", goal)
                .queryParam("kind", "key_figure").when().get("/api/indicators").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.number == " + number + " }.id");
    }

    private static void importAll() {
        for (String text : List.of(LETTER, REPORT, VARIANT)) {
            importText(text);
        }
    }

    private static JsonPath importText(String text) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/indicators/imports")
                .then().statusCode(200).extract().jsonPath();
    }
}
