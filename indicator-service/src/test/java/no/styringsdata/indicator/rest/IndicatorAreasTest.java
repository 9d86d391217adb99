package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.GoalVariants;
import no.styringsdata.testing.documents.LetterVariants;
import no.styringsdata.testing.documents.LetterVariants.Rename;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * Letters whose goals are not numbered hovedmål, imported whole: the 2025 letter with its goals rewritten as
 * areas (long-term goals, steering parameters, result requirements) as Klima- og miljødepartementet's letter to
 * Miljødirektoratet, and the letter with lettered steering parameters and their prestasjonskrav as
 * Helsedirektoratet's. A database of its own; every test imports what it reads (imports are idempotent).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_areas"))
class IndicatorAreasTest {

    private static final String LETTER = SeedTexts.read(SeedTexts.ALLOCATION_LETTER);
    /** The ministry's name is wrapped after "Helse- og" in the opening sentence, so that line is renamed whole. */
    static final String AREAS = LetterVariants.forAgency(GoalVariants.goalsAsAreas(LETTER),
            new Rename("Helsedirektoratet", "Miljødirektoratet"),
            new Rename("Helse- og omsorgsdepartement", "Klima- og miljødepartement"),
            new Rename("budsjettvedtak og Helse- og", "budsjettvedtak og Klima- og"),
            new Rename("omsorgsdepartement", "miljødepartement"),
            new Rename("HOD", "KLD"));
    static final String LETTERED = GoalVariants.letteredSteeringParameters(LETTER);

    private static final String MILJODIR = "miljodirektoratet";

    @Test
    void theAreasLetterIsImportedWholeAndTheReportCountsWhatWasFound() {
        JsonPath report = importText(AREAS, Map.of("ministry", "KLD"));
        assertEquals("KLD", report.getString("ministry"));
        assertEquals(MILJODIR, report.getString("agency"));
        assertEquals("Miljødirektoratet", report.getString("agencyName"));
        assertEquals(13, report.getInt("changes.goals.created") + report.getInt("changes.goals.unchanged"));
        assertEquals(33 + 64, report.getInt("changes.indicators.created") + report.getInt("changes.indicators.unchanged"));
        assertEquals(List.of(), report.getList("warnings"), "nothing is left out, so nothing is named in a warning");
        assertEquals(Map.of("goals", 13, "steeringParameters", 33, "resultRequirements", 64), found(report));

        JsonPath again = importText(AREAS, Map.of());
        assertFalse(again.getBoolean("changed"), "the same import again changes nothing");
        assertEquals(13, again.getInt("changes.goals.unchanged"));
        assertEquals(97, again.getInt("changes.indicators.unchanged"));
    }

    @Test
    void thirteenAreasWithTheirLongTermGoals33SteeringParametersAnd64ResultRequirements() {
        importText(AREAS, Map.of());
        JsonPath goals = given().queryParam("year", 2025).queryParam("agency", "Miljødirektoratet")
                .when().get("/api/indicators/goals").then().statusCode(200)
                .body("agency", everyItem(is(MILJODIR)))
                .body("ministry", everyItem(is("KLD")))
                .extract().jsonPath();
        assertEquals(IntStream.rangeClosed(1, 13).mapToObj(n -> "Hovedområde " + n).toList(), goals.getList("area"));
        assertEquals("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt", goals.getString("[0].title"));
        List<String> titles = goals.getList("title");
        assertEquals(titles.stream().map(List::of).toList(), goals.getList("longTermGoals"),
                "each area's long-term goal is its title in this variant");
        assertEquals(33, goals.getList("steeringParameters.flatten()").size());
        assertEquals(0, goals.getList("keyFigures.flatten()").size());
        assertEquals(64, goals.getList("resultRequirements.flatten()").size());
        assertEquals(List.of("result_requirement"), goals.getList("resultRequirements.flatten().kind").stream().distinct().toList());
        assertEquals("Utvikling i norsk kosthold, «mer av»-gruppene", goals.getString("[1].resultRequirements[4].text"));
        assertEquals(5, goals.getInt("[1].resultRequirements[4].number"));

        for (var kind : Map.of("steering_parameter", "33", "key_figure", "0", "result_requirement", "64").entrySet()) {
            given().queryParam("agency", MILJODIR).queryParam("kind", kind.getKey())
                    .when().get("/api/indicators").then().statusCode(200)
                    .header("X-Total-Count", kind.getValue())
                    .body("kind", everyItem(is(kind.getKey())));
        }
        given().queryParam("agency", MILJODIR).queryParam("kind", "result_requirement").queryParam("format", "csv")
                .when().get("/api/indicators").then().statusCode(200)
                .body(containsString(",result_requirement,5,\"Utvikling i norsk kosthold, «mer av»-gruppene\",367,KLD,"
                        + MILJODIR + ",Miljødirektoratet"));
        given().queryParam("kind", "resultatkrav").when().get("/api/indicators").then().statusCode(400)
                .body("violations[0].field", is("kind"));
    }

    @Test
    void aResultRequirementIsAnIndicatorWithItsAreaItsSeriesAndValues() {
        importText(AREAS, Map.of());
        long id = given().queryParam("agency", MILJODIR).queryParam("goal", 2).queryParam("kind", "result_requirement")
                .when().get("/api/indicators").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.number == 5 }.id");
        given().when().get("/api/indicators/" + id).then().statusCode(200)
                .body("kind", is("result_requirement"))
                .body("goal.number", is(2))
                .body("goal.area", is("Hovedområde 2"))
                .body("requirements", hasSize(0))
                .body("sourceLine", is(367))
                .body("agency", is(MILJODIR));
        JsonPath dataset = JsonPath.from(given().queryParam("format", "jsonstat")
                .when().get("/api/indicators/" + id + "/values").then().statusCode(200).extract().asString());
        assertEquals("result_requirement", dataset.getString("extension.kind"));
        assertEquals("KLD", dataset.getString("extension.ministry"));
        given().queryParam("q", "kosthold").queryParam("kind", "result_requirement").queryParam("agency", MILJODIR)
                .when().get("/api/indicators").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) id));
    }

    @Test
    void everyLetteredSteeringParameterKeepsItsPrestasjonskrav() {
        JsonPath report = importText(LETTERED, Map.of());
        assertEquals("helsedirektoratet", report.getString("agency"));
        assertEquals(List.of(), report.getList("warnings"));
        assertEquals(Map.of("goals", 13, "steeringParameters", 33, "keyFigures", 64), found(report));

        JsonPath goals = given().queryParam("year", 2025).queryParam("agency", "helsedirektoratet")
                .when().get("/api/indicators/goals").then().statusCode(200).extract().jsonPath();
        assertEquals(13, goals.getList("$").size());
        List<Map<String, Object>> parameters = goals.getList("steeringParameters.flatten()");
        assertEquals(33, parameters.size());
        for (Map<String, Object> parameter : parameters) {
            char label = (char) ('a' + (Integer) parameter.get("number") - 1);
            assertEquals(List.of("Helsedirektoratet rapporterer på " + label + ") i årsrapporten"), parameter.get("requirements"),
                    parameter.get("text").toString());
        }
        assertTrue(goals.getList("keyFigures.flatten().requirements.flatten()").isEmpty());
        assertEquals(List.of(), goals.getList("area").stream().filter(a -> a != null).toList(), "numbered hovedmål have no area");
        assertEquals(List.of(), goals.getList("longTermGoals.flatten()"));

        long first = goals.getLong("[0].steeringParameters[0].id");
        given().when().get("/api/indicators/" + first).then().statusCode(200)
                .body("requirements", is(List.of("Helsedirektoratet rapporterer på a) i årsrapporten")))
                .body("goal.area", is((Object) null));
        // the prestasjonskrav are searched with the text: each parameter's names its letter
        given().queryParam("q", "\"rapporterer på\" årsrapporten").queryParam("agency", "helsedirektoratet")
                .queryParam("size", 100).when().get("/api/indicators").then().statusCode(200)
                .header("X-Total-Count", "33")
                .body("kind", everyItem(is("steering_parameter")));

        assertFalse(importText(LETTERED, Map.of()).getBoolean("changed"));
    }

    private static Map<String, Integer> found(JsonPath report) {
        Map<String, Integer> totals = new TreeMap<>();
        List<Map<String, Integer>> sections = report.getList("sections.found");
        sections.forEach(found -> found.forEach((thing, count) -> totals.merge(thing, count, Integer::sum)));
        return totals;
    }

    private static JsonPath importText(String text, Map<String, String> params) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").queryParams(params).body(text)
                .when().post("/api/indicators/imports")
                .then().statusCode(200).extract().jsonPath();
    }
}
