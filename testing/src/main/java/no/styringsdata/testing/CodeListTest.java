package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Code lists and the language of labels (platform {@code codelists/}): every list of the service answers with
 * every code labelled in Norwegian and English; the fixed lists hold exactly the codes of their wire enums; the
 * lists read from the data hold every code the data use; {@code lang} and {@code Accept-Language} (q-values
 * honoured) choose the labels and {@code Content-Language}, each language with its own ETag and 304. Each
 * service's test extends it with its lists and the reads that show which codes its data use.
 */
public abstract class CodeListTest {

    private static final Logger LOG = Logger.getLogger(CodeListTest.class);

    /**
     * Codes a read of the service's data uses, which the list must hold: the values at {@code path} of the
     * answer to {@code read} (a JSON array of records), each split at blanks (a list of codes in one field; none, for an empty one).
     */
    public record DataCodes(String list, String read, String path) {
    }

    private final String base;
    private final Map<String, Collection<String>> fixed;
    private final List<DataCodes> data;

    /**
     * @param base  the service's path prefix, e.g. {@code /api/budget}
     * @param fixed every fixed list of the service, in the service's order, with the codes it must hold exactly
     *              (its wire enum's names)
     * @param data  reads of the data whose codes the lists read from the database must hold; every such list of
     *              the service (also {@code ministries} and {@code agencies}) is named by at least one
     */
    protected CodeListTest(String base, Map<String, Collection<String>> fixed, List<DataCodes> data) {
        this.base = base;
        this.fixed = fixed;
        this.data = data;
    }

    /** Brings the seed documents in, so that the lists read from the data have codes. */
    protected abstract void importData();

    @BeforeEach
    void seeded() {
        importData();
    }

    private String lists() {
        return base + "/codelists";
    }

    /** The first fixed list: labels of its codes are the service's own, in both languages. */
    private String labelled() {
        return lists() + "/" + fixed.keySet().iterator().next();
    }

    @Test
    void everyListAnswersWithEveryCodeLabelledInBothLanguages() {
        JsonPath index = given().when().get(lists()).then().statusCode(200).extract().jsonPath();
        List<String> ids = index.getList("id");
        Set<String> expected = new LinkedHashSet<>(fixed.keySet());
        data.forEach(read -> expected.add(read.list()));
        assertEquals(expected, new LinkedHashSet<>(ids), "the lists of the service");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String url = index.getString("[" + i + "].url");
            assertThat(url, endsWith(lists() + "/" + id));
            JsonPath list = given().when().get(lists() + "/" + id).then().statusCode(200)
                    .body("id", equalTo(id)).extract().jsonPath();
            List<Map<String, Object>> codes = list.getList("codes");
            assertEquals(index.getInt("[" + i + "].count"), codes.size(), id + ": the index's count");
            for (String title : List.of("nb", "en", "label", "description")) {
                assertThat(id + " " + title, list.getString(title), not(emptyString()));
            }
            assertNotEquals(list.getString("nb"), list.getString("en"), id + ": the title is translated");
            for (Map<String, Object> code : codes) {
                for (String label : List.of("code", "nb", "en", "label")) {
                    assertThat(id + " " + code, String.valueOf(code.get(label)).strip(), not(emptyString()));
                    assertFalse(code.get(label) == null, id + " " + code + " has no " + label);
                }
            }
            LOG.infof("%s: %d codes, English labels %s", id, codes.size(), list.getString("englishLabels"));
        }
    }

    @Test
    void aFixedListHoldsExactlyTheCodesOfItsEnumTranslated() {
        fixed.forEach((id, wireNames) -> {
            JsonPath list = given().when().get(lists() + "/" + id).then().statusCode(200)
                    .body("englishLabels", equalTo("translated")).extract().jsonPath();
            assertEquals(Set.copyOf(wireNames), Set.copyOf(list.getList("codes.code", String.class)), id);
            assertEquals(wireNames.size(), list.getList("codes").size(), id + ": each code once");
        });
    }

    @Test
    void aListReadFromTheDataHoldsEveryCodeTheDataUse() {
        for (DataCodes read : data) {
            List<String> used = new ArrayList<>();
            given().when().get(read.read()).then().statusCode(200).extract().jsonPath().getList(read.path())
                    .stream().filter(value -> value != null)
                    .flatMap(value -> Arrays.stream(String.valueOf(value).split("\\s+"))).filter(code -> !code.isEmpty())
                    .forEach(used::add);
            assertFalse(used.isEmpty(), read + " uses no codes: the test would show nothing");
            List<String> codes = given().when().get(lists() + "/" + read.list()).then().statusCode(200)
                    .extract().jsonPath().getList("codes.code", String.class);
            assertThat(read.toString(), used, everyItem(in(codes)));
            LOG.infof("%s: the data use %d distinct codes of %d", read.list(), new LinkedHashSet<>(used).size(), codes.size());
        }
    }

    @Test
    void langChoosesTheLabelsAndSaysItsLanguage() {
        for (String lang : List.of("nb", "en")) {
            JsonPath list = given().queryParam("lang", lang).when().get(labelled()).then().statusCode(200)
                    .header("Content-Language", lang).extract().jsonPath();
            assertEquals(list.getString(lang), list.getString("label"));
            assertEquals(list.getList("codes." + lang), list.getList("codes.label"));
        }
        // no lang, no Accept-Language: Norwegian
        JsonPath plain = given().when().get(labelled()).then().statusCode(200).header("Content-Language", "nb")
                .extract().jsonPath();
        assertEquals(plain.getList("codes.nb"), plain.getList("codes.label"));
        assertNotEquals(plain.getList("codes.nb"), plain.getList("codes.en"), "the first fixed list is translated");
    }

    @Test
    void acceptLanguageChoosesTheLabelsByPreference() {
        Map<String, String> chosen = Map.of(
                "en", "en",
                "en-GB", "en",
                "nb;q=0.4, en;q=0.8", "en",
                "en;q=0.3, no;q=0.9", "nb",
                "nn-NO, en;q=0.5", "nb",
                "fr, de;q=0.9", "nb",
                "*", "nb",
                "en;q=0, nb;q=0.1", "nb",
                ";;;=", "nb");
        chosen.forEach((acceptLanguage, lang) -> {
            JsonPath list = given().header("Accept-Language", acceptLanguage).when().get(labelled())
                    .then().statusCode(200).header("Content-Language", lang).extract().jsonPath();
            assertEquals(list.getList("codes." + lang), list.getList("codes.label"), acceptLanguage);
        });
        // lang wins over Accept-Language
        given().queryParam("lang", "nb").header("Accept-Language", "en").when().get(labelled())
                .then().statusCode(200).header("Content-Language", "nb");
    }

    @Test
    void aLangOtherThanNbOrEnIsABadRequestNamingLang() {
        for (String path : List.of(labelled(), lists(), base + "/ministries")) {
            for (String lang : List.of("de", "no", "", "en-GB")) {
                given().queryParam("lang", lang).when().get(path).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("violations[0].field", equalTo("lang"))
                        .body("violations[0].in", equalTo("query"))
                        .body("violations[0].message", containsString("nb, en"));
            }
        }
    }

    @Test
    void eachLanguageHasItsOwnETagAndNotModified() {
        Response nb = given().header("Accept-Language", "nb").when().get(labelled());
        Response en = given().header("Accept-Language", "en").when().get(labelled());
        nb.then().statusCode(200).header("Vary", containsString("Accept-Language"));
        en.then().statusCode(200).header("Vary", containsString("Accept-Language"));
        assertNotEquals(nb.header("ETag"), en.header("ETag"));
        assertNotEquals(nb.asString(), en.asString());
        String byLang = given().queryParam("lang", "en").when().get(labelled()).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(en.header("ETag"), byLang, "another URL, another tag");

        given().header("Accept-Language", "en").header("If-None-Match", en.header("ETag")).when().get(labelled())
                .then().statusCode(304).header("ETag", en.header("ETag")).body(emptyString());
        given().header("Accept-Language", "nb").header("If-None-Match", nb.header("ETag")).when().get(labelled())
                .then().statusCode(304).header("ETag", nb.header("ETag"));
        // the other language's tag names no answer in this language
        given().header("Accept-Language", "nb").header("If-None-Match", en.header("ETag")).when().get(labelled())
                .then().statusCode(200).header("ETag", nb.header("ETag")).header("Content-Language", "nb");
        given().queryParam("lang", "en").header("If-None-Match", byLang).when().get(labelled()).then().statusCode(304);
    }

    @Test
    void anUnknownListIsNotFound() {
        given().when().get(lists() + "/no-such-list").then().statusCode(404).contentType("application/problem+json");
    }
}
