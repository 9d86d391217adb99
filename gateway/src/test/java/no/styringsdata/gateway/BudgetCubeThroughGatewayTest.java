package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The budget as a cube through the front door: amounts as a JSON-stat dataset and a two-dimension aggregation,
 * each with its ETag, a 304 for it, and a new ETag and answer once the amounts change.
 */
@QuarkusTest
@WithTestResource(Backends.class)
@ExtendWith(OwnClientAddress.class)
class BudgetCubeThroughGatewayTest {

    // a chapter number and years no other test uses
    private static final String CHAPTER = "/api/budget/chapters/2994";
    private static final String AMOUNTS = "/api/budget/amounts?chapter=2994&format=jsonstat";
    private static final String CUBE = "/api/budget/aggregations/cube?chapter=2994&groupBy=year&groupBy=stage";

    @Test
    void amountsAsJsonStatAndACubeOfTwoDimensionsWithConditionalReads() {
        put(CHAPTER, "{\"name\":\"Kube gjennom porten\"}");
        put(CHAPTER + "/posts/01", "{\"name\":\"Driftsutgifter\"}");
        put(CHAPTER + "/posts/21", "{\"name\":\"Spesielle driftsutgifter\"}");
        Map<String, Long> written = Map.of("01|2046|forslag", 7_000L, "21|2046|forslag", 3_000L,
                "01|2045|saldert", 5_000L);
        written.forEach((key, nok) -> {
            String[] cell = key.split("\\|");
            put(CHAPTER + "/posts/" + cell[0] + "/amounts/" + cell[1] + "/" + cell[2], "{\"amountNok\":" + nok + "}");
        });

        var answer = given().when().get(AMOUNTS).then().statusCode(200)
                .contentType(startsWith("application/json+stat")).extract();
        String datasetTag = answer.header("ETag");
        JsonPath dataset = JsonPath.from(answer.asString());
        assertEquals(List.of("chapter", "post", "year", "stage", "agency", "measure"), dataset.getList("id"));
        assertEquals("Kube gjennom porten", dataset.getString("dimension.chapter.category.label.'2994'"));
        assertEquals("Spesielle driftsutgifter", dataset.getString("dimension.post.category.label.'21'"));
        // chapter × post × year (2045, 2046) × stage (saldert, forslag) × agency × measure, row-major
        assertEquals(List.of(1, 2, 2, 2, 1, 1), dataset.getList("size"));
        List<Number> values = dataset.getList("value");
        assertEquals(8, values.size());
        written.forEach((key, nok) -> {
            String[] cell = key.split("\\|");
            int post = dataset.getInt("dimension.post.category.index.'" + cell[0] + "'");
            int year = dataset.getInt("dimension.year.category.index.'" + cell[1] + "'");
            int stage = dataset.getInt("dimension.stage.category.index.'" + cell[2] + "'");
            assertEquals(nok, values.get(post * 4 + year * 2 + stage).longValue(), key);
        });
        given().header("If-None-Match", datasetTag).when().get(AMOUNTS).then().statusCode(304)
                .header("ETag", datasetTag).body(emptyString());

        String cubeTag = given().when().get(CUBE).then().statusCode(200)
                .body("size()", is(2))
                .body("find { it.year == 2046 && it.stage == 'forslag' }.amountNok", is(10_000))
                .body("find { it.year == 2045 && it.stage == 'saldert' }.amountNok", is(5_000))
                .extract().header("ETag");
        given().header("If-None-Match", cubeTag).when().get(CUBE).then().statusCode(304).body(emptyString());

        put(CHAPTER + "/posts/21/amounts/2046/forslag", "{\"amountNok\":4000}");
        String newTag = given().header("If-None-Match", cubeTag).when().get(CUBE).then().statusCode(200)
                .body("find { it.year == 2046 && it.stage == 'forslag' }.amountNok", is(11_000))
                .extract().header("ETag");
        assertNotEquals(cubeTag, newTag);
        given().header("If-None-Match", datasetTag).when().get(AMOUNTS).then().statusCode(200);
    }

    private static void put(String path, String json) {
        given().auth().oauth2(ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class))
                .contentType("application/json").body(json)
                .when().put(path).then().statusCode(anyOf(is(200), is(201)));
    }
}
