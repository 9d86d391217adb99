package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.CodeLabels;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lang} and {@code Accept-Language} choose the labels of the aggregations' groups and of the JSON-stat
 * datasets: post kinds and stages as their code lists label them in that language, names taken from the documents
 * as written in both. Every such answer says {@code Content-Language}, varies by {@code Accept-Language}, and has
 * an ETag of its own per language. The expected labels are the code lists', never written down here.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LabelledAggregationsTest {

    private static final Logger LOG = Logger.getLogger(LabelledAggregationsTest.class);
    private static final String SUMS = "/api/budget/aggregations/sums";
    private static final String CUBE = "/api/budget/aggregations/cube";

    @BeforeEach
    void seeded() {
        SeedDocuments.importAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "en"})
    void sumsAndComparisonsByPostKindAreLabelledInTheLanguageAskedFor(String lang) {
        Map<String, String> postKinds = codeList("post-kinds", lang);
        for (String kind : List.of("expenditure", "revenue")) {
            List<Map<String, Object>> sums = given().queryParam("lang", lang).queryParam("groupBy", "postKind")
                    .queryParam("kind", kind).queryParam("year", 2026).queryParam("stage", "forslag")
                    .when().get(SUMS).then().statusCode(200).header("Content-Language", lang).extract().path("");
            assertFalse(sums.isEmpty(), kind);
            sums.forEach(sum -> assertEquals(postKinds.get((String) sum.get("key")), sum.get("name"), sum.toString()));
        }
        List<Map<String, Object>> compared = given().header("Accept-Language", lang).queryParam("groupBy", "postKind")
                .queryParam("fromYear", 2025).queryParam("fromStage", "saldert").queryParam("toYear", 2026)
                .queryParam("toStage", "forslag").when().get("/api/budget/aggregations/comparison")
                .then().statusCode(200).header("Content-Language", lang).extract().path("");
        assertFalse(compared.isEmpty());
        compared.forEach(group -> assertEquals(postKinds.get((String) group.get("key")), group.get("name")));
    }

    @Test
    void eachLanguageHasItsOwnETagAndVaryNamesAcceptLanguage() {
        String query = SUMS + "?groupBy=postKind&year=2026&stage=forslag";
        Response nb = given().header("Accept-Language", "nb").when().get(query);
        Response en = given().header("Accept-Language", "en").when().get(query);
        nb.then().statusCode(200).header("Content-Language", "nb").header("Vary", containsString("Accept-Language"));
        en.then().statusCode(200).header("Content-Language", "en").header("Vary", containsString("Accept-Language"));
        assertNotEquals(nb.header("ETag"), en.header("ETag"));
        assertNotEquals(nb.jsonPath().getList("name"), en.jsonPath().getList("name"));
        given().header("Accept-Language", "en").header("If-None-Match", en.header("ETag")).when().get(query)
                .then().statusCode(304);
        given().header("Accept-Language", "nb").header("If-None-Match", en.header("ETag")).when().get(query)
                .then().statusCode(200).header("ETag", nb.header("ETag"));
    }

    /** Documents' names stay as written; post kinds, stages and the groups of none get labels; every group a name. */
    @ParameterizedTest
    @ValueSource(strings = {"nb", "en"})
    void everyGroupOfACubeIsNamed(String lang) {
        Map<String, String> postKinds = codeList("post-kinds", lang);
        Map<String, String> stages = codeList("stages", lang);
        List<Map<String, Object>> rows = given().queryParam("lang", lang)
                .queryParam("groupBy", List.of("postKind", "stage")).when().get(CUBE)
                .then().statusCode(200).header("Content-Language", lang).extract().path("");
        assertFalse(rows.isEmpty());
        rows.forEach(row -> {
            assertEquals(postKinds.get((String) row.get("postKind")), row.get("postKindName"), row.toString());
            assertEquals(stages.get((String) row.get("stage")), row.get("stageName"), row.toString());
        });
        for (String dimension : List.of("programCategory", "programArea", "ministry")) {
            List<Map<String, Object>> groups = given().queryParam("lang", lang).queryParam("groupBy", dimension)
                    .queryParam("year", 2026).when().get(CUBE).then().statusCode(200).extract().path("");
            groups.forEach(group -> assertNotNull(group.get(dimension + "Name"), group.toString()));
        }
        Map<String, String> nb = categoryNames("nb");
        Map<String, String> en = categoryNames("en");
        nb.forEach((code, name) -> {
            if (!code.startsWith("uten")) {
                assertEquals(name, en.get(code), "a programkategori's name is as written in either language");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "en"})
    void amountsAndCubesAsJsonStatAreLabelledInTheLanguageAskedFor(String lang) {
        Map<String, String> stages = codeList("stages", lang);
        Map<String, String> postKinds = codeList("post-kinds", lang);
        JsonPath amounts = jsonStat("/api/budget/amounts?chapter=740&format=jsonstat", lang);
        Map<String, String> amountStages = amounts.getMap("dimension.stage.category.label");
        assertFalse(amountStages.isEmpty());
        amountStages.forEach((code, label) -> assertEquals(stages.get(code), label, code));
        assertEquals("Helsedirektoratet", amounts.getString("dimension.chapter.category.label.'740'"),
                "a chapter's name is as written");
        JsonPath cube = jsonStat(CUBE + "?groupBy=postKind&groupBy=stage&year=2026&format=jsonstat", lang);
        Map<String, String> cubePostKinds = cube.getMap("dimension.postKind.category.label");
        assertFalse(cubePostKinds.isEmpty());
        cubePostKinds.forEach((code, label) -> assertEquals(postKinds.get(code), label));
        Map<String, String> cubeStages = cube.getMap("dimension.stage.category.label");
        cubeStages.forEach((code, label) -> assertEquals(stages.get(code), label));
        LOG.infof("JSON-stat in %s: %s, dimensions %s / %s", lang, cube.getString("label"),
                cube.getString("dimension.postKind.label"), cube.getString("dimension.stage.label"));
    }

    @Test
    void theDatasetsAndTheirDimensionsAreLabelledInEachLanguage() {
        String amounts = "/api/budget/amounts?chapter=740&format=jsonstat";
        JsonPath nb = jsonStat(amounts, "nb");
        JsonPath en = jsonStat(amounts, "en");
        assertNotEquals(nb.getString("label"), en.getString("label"));
        for (String dimension : List.of("chapter", "year", "stage", "agency", "measure")) {
            assertNotEquals(nb.getString("dimension." + dimension + ".label"),
                    en.getString("dimension." + dimension + ".label"), dimension);
        }
        assertNotEquals(nb.getString("dimension.agency.category.label.state"),
                en.getString("dimension.agency.category.label.state"));
        assertEquals(nb.getMap("extension"), en.getMap("extension"), "post names and sources are as written");
        // the JSON list holds no labels: no Content-Language
        given().queryParam("lang", "en").when().get("/api/budget/amounts?chapter=740").then().statusCode(200)
                .header("Content-Language", (String) null);
    }

    private static JsonPath jsonStat(String path, String lang) {
        return JsonPath.from(given().queryParam("lang", lang).when().get(path).then().statusCode(200)
                .contentType(startsWith("application/json+stat")).header("Content-Language", lang)
                .header("Vary", containsString("Accept-Language")).extract().asString());
    }

    private static Map<String, String> categoryNames(String lang) {
        List<Map<String, Object>> groups = given().queryParam("lang", lang).queryParam("groupBy", "programCategory")
                .when().get(CUBE).then().statusCode(200).extract().path("");
        Map<String, String> names = new HashMap<>();
        groups.forEach(group -> names.put((String) group.get("programCategory"), (String) group.get("programCategoryName")));
        return names;
    }

    private static Map<String, String> codeList(String list, String lang) {
        return CodeLabels.of("/api/budget/codelists/" + list, lang);
    }
}
