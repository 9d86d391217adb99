package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.CodeLabels;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The language of labels in the budget's answers through the front door (see {@code CodeListThroughGatewayTest}
 * for the code lists): a cube's post kinds and stages, and the stages of amounts as JSON-stat, are labelled as the
 * code lists label them in the language {@code Accept-Language} or {@code lang} chose, the chapter's name as
 * written; each language with its {@code Content-Language}, its own {@code ETag} and its 304.
 */
@QuarkusTest
@WithTestResource(Backends.class)
@ExtendWith(OwnClientAddress.class)
class LabelsThroughGatewayTest {

    private static final Logger LOG = Logger.getLogger(LabelsThroughGatewayTest.class);
    // a chapter number and year no other test uses
    private static final String CHAPTER = "/api/budget/chapters/2993";
    private static final String CUBE = "/api/budget/aggregations/cube?chapter=2993&groupBy=postKind&groupBy=stage";
    private static final String AMOUNTS = "/api/budget/amounts?chapter=2993&format=jsonstat";

    @Test
    void aCubeAndAmountsAreLabelledInTheLanguageAskedForThroughTheGateway() {
        put(CHAPTER, "{\"name\":\"Etiketter gjennom porten\"}");
        put(CHAPTER + "/posts/01", "{\"name\":\"Driftsutgifter\"}");
        put(CHAPTER + "/posts/70", "{\"name\":\"Tilskudd\"}");
        put(CHAPTER + "/posts/01/amounts/2048/forslag", "{\"amountNok\":2000}");
        put(CHAPTER + "/posts/70/amounts/2048/saldert", "{\"amountNok\":3000}");

        Map<String, Response> cubes = new HashMap<>();
        for (String lang : List.of("nb", "en")) {
            Map<String, String> postKinds = codeList("post-kinds", lang);
            Map<String, String> stages = codeList("stages", lang);
            Response cube = given().header("Accept-Language", lang).when().get(CUBE);
            cube.then().statusCode(200).header("Content-Language", lang)
                    .header("Vary", containsString("Accept-Language")).body("size()", is(2));
            List<Map<String, Object>> rows = cube.jsonPath().getList("");
            rows.forEach(row -> {
                assertEquals(postKinds.get((String) row.get("postKind")), row.get("postKindName"), row.toString());
                assertEquals(stages.get((String) row.get("stage")), row.get("stageName"), row.toString());
            });
            cubes.put(lang, cube);

            JsonPath dataset = JsonPath.from(given().queryParam("lang", lang).when().get(AMOUNTS).then().statusCode(200)
                    .contentType(startsWith("application/json+stat")).header("Content-Language", lang)
                    .extract().asString());
            assertEquals("Etiketter gjennom porten", dataset.getString("dimension.chapter.category.label.'2993'"));
            Map<String, String> datasetStages = dataset.getMap("dimension.stage.category.label");
            assertFalse(datasetStages.isEmpty());
            datasetStages.forEach((code, label) -> assertEquals(stages.get(code), label, code));
            LOG.infof("Through the gateway in %s: %s; stages %s", lang, dataset.getString("label"), datasetStages);
        }
        String nbTag = cubes.get("nb").header("ETag");
        String enTag = cubes.get("en").header("ETag");
        assertNotEquals(nbTag, enTag);
        given().header("Accept-Language", "en").header("If-None-Match", enTag).when().get(CUBE).then().statusCode(304)
                .body(emptyString());
        given().header("Accept-Language", "nb").header("If-None-Match", enTag).when().get(CUBE).then().statusCode(200)
                .header("ETag", nbTag).header("Content-Language", "nb");
    }

    private static Map<String, String> codeList(String list, String lang) {
        return CodeLabels.of("/api/budget/codelists/" + list, lang);
    }

    private static void put(String path, String json) {
        given().auth().oauth2(ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class))
                .contentType("application/json").body(json)
                .when().put(path).then().statusCode(anyOf(is(200), is(201)));
    }
}
