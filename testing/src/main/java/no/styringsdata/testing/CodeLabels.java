package no.styringsdata.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A code list's labels in one language, by code: what a test expects labels in other answers to be. */
public final class CodeLabels {

    private CodeLabels() {
    }

    /** @param list the code list's path ({@code /api/budget/codelists/stages}) */
    public static Map<String, String> of(String list, String lang) {
        JsonPath codes = given().queryParam("lang", lang).when().get(list).then().statusCode(200)
                .header("Content-Language", lang).extract().jsonPath();
        List<String> code = codes.getList("codes.code");
        List<String> label = codes.getList("codes.label");
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            labels.put(code.get(i), label.get(i));
        }
        return labels;
    }
}
