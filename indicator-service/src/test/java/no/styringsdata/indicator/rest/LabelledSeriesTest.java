package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code lang} and {@code Accept-Language} choose the labels of a series as JSON-stat: its dimensions and the
 * whole ({@code total}) in that language, the indicator's text, its periods and its breakdowns as written. The
 * answer says {@code Content-Language} and has an ETag of its own per language; the JSON list holds no labels.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LabelledSeriesTest {

    private static final Logger LOG = Logger.getLogger(LabelledSeriesTest.class);

    @BeforeEach
    void documents() {
        SeedDocuments.importDocuments();
    }

    @Test
    void theDimensionsAreLabelledInTheLanguageAskedForAndTheDocumentsNamesAsWritten() {
        String values = "/api/indicators/" + SeedDocuments.tableKeyFigure("Antall ansatte") + "/values?format=jsonstat";
        Response nbAnswer = answer(given().queryParam("lang", "nb"), values, "nb");
        String english = "en-GB, en;q=0.9, nb;q=0.5";
        Response enAnswer = answer(given().header("Accept-Language", english), values, "en");
        JsonPath nb = JsonPath.from(nbAnswer.asString());
        JsonPath en = JsonPath.from(enAnswer.asString());
        for (String dimension : List.of("period", "breakdown")) {
            assertNotNull(nb.getString("dimension." + dimension + ".label"));
            assertNotEquals(nb.getString("dimension." + dimension + ".label"),
                    en.getString("dimension." + dimension + ".label"), dimension);
        }
        assertEquals(nb.getString("label"), en.getString("label"), "the indicator's text is as written");
        assertEquals(nb.getMap("dimension.breakdown.category.label"), en.getMap("dimension.breakdown.category.label"),
                "breakdowns as written");
        assertEquals(nb.getList("value"), en.getList("value"));
        assertNotEquals(nbAnswer.header("ETag"), enAnswer.header("ETag"));
        given().header("Accept-Language", english).header("If-None-Match", enAnswer.header("ETag")).when().get(values)
                .then().statusCode(304);
        given().queryParam("lang", "en").when().get(values.replace("format=jsonstat", "format=json"))
                .then().statusCode(200).header("Content-Language", (String) null);
        LOG.infof("Series dimensions: nb %s / %s, en %s / %s", nb.getString("dimension.period.label"),
                nb.getString("dimension.breakdown.label"), en.getString("dimension.period.label"),
                en.getString("dimension.breakdown.label"));
    }

    /** A value without a breakdown is the whole: category {@code total}, labelled in each language. */
    @Test
    void theWholeIsLabelledInEachLanguage() {
        List<Integer> ids = given().when().get("/api/indicators?year=2024&document=arsrapport&size=1000")
                .then().statusCode(200).extract().path("id");
        String values = ids.stream().map(id -> "/api/indicators/" + id + "/values").filter(path -> {
            List<Map<String, Object>> rows = given().when().get(path).then().statusCode(200).extract().path("");
            return rows.stream().anyMatch(row -> row.get("breakdown") == null);
        }).findFirst().orElseThrow(() -> new AssertionError("no value of the seeds is a whole")) + "?format=jsonstat";
        JsonPath nb = JsonPath.from(answer(given().queryParam("lang", "nb"), values, "nb").asString());
        JsonPath en = JsonPath.from(answer(given().queryParam("lang", "en"), values, "en").asString());
        assertNotNull(nb.getString("dimension.breakdown.category.label.total"));
        assertNotNull(en.getString("dimension.breakdown.category.label.total"));
        assertNotEquals(nb.getString("dimension.breakdown.category.label.total"),
                en.getString("dimension.breakdown.category.label.total"));
    }

    private static Response answer(RequestSpecification request, String path, String lang) {
        Response answer = request.when().get(path);
        answer.then().statusCode(200).contentType(startsWith("application/json+stat")).header("Content-Language", lang)
                .header("Vary", containsString("Accept-Language"));
        return answer;
    }
}
