package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Code lists and the language of labels through the front door (see {@code testing/CodeListTest} for each
 * service alone): every service's lists answer, with links through the gateway; {@code lang} and
 * {@code Accept-Language} reach the services, and {@code Content-Language}, {@code Vary}, each language's
 * {@code ETag} and its 304 come back; a browser on another origin may send {@code Accept-Language}.
 */
@QuarkusTest
@WithTestResource(Backends.class)
@ExtendWith(OwnClientAddress.class)
class CodeListThroughGatewayTest {

    private static final Logger LOG = Logger.getLogger(CodeListThroughGatewayTest.class);
    private static final String ORIGIN = "http://localhost:5173";
    /** A fixed list of each service: its labels are the service's own, in both languages. */
    private static final Map<String, String> FIXED_LISTS = Map.of(
            "/api/budget", "stages", "/api/assignments", "statuses", "/api/indicators", "units");
    private static final String STAGES = "/api/budget/codelists/stages";

    @Test
    void everyServiceOffersItsCodeListsThroughTheFrontDoor() {
        String frontDoor = RestAssured.baseURI + ":" + RestAssured.port;
        FIXED_LISTS.forEach((service, list) -> {
            JsonPath index = given().when().get(service + "/codelists").then().statusCode(200)
                    .header("Content-Language", "nb").extract().jsonPath();
            assertEquals(index.getList("url").size(), index.getList("id").size());
            assertThat(index.getList("url", String.class),
                    everyItem(startsWith(frontDoor + service + "/codelists/")));
            JsonPath english = given().queryParam("lang", "en").when().get(service + "/codelists/" + list)
                    .then().statusCode(200).header("Content-Language", "en")
                    .header("Vary", containsString("Accept-Language")).extract().jsonPath();
            assertEquals(english.getList("codes.en"), english.getList("codes.label"));
            assertNotEquals(english.getList("codes.nb"), english.getList("codes.en"));
            LOG.infof("%s: %d code lists; %s has %d codes", service, index.getList("id").size(), list,
                    english.getList("codes").size());
        });
    }

    @Test
    void eachLanguageHasItsOwnETagAndNotModifiedThroughTheGateway() {
        Response nb = given().header("Accept-Language", "nb-NO, nb;q=0.9, en;q=0.5").when().get(STAGES);
        Response en = given().header("Accept-Language", "en-GB, en;q=0.9, nb;q=0.5").when().get(STAGES);
        nb.then().statusCode(200).header("Content-Language", "nb").body("label", equalTo("Budsjettstadier"));
        en.then().statusCode(200).header("Content-Language", "en").body("label", equalTo("Budget stages"));
        assertNotEquals(nb.header("ETag"), en.header("ETag"));
        given().header("Accept-Language", "en-GB, en;q=0.9, nb;q=0.5").header("If-None-Match", en.header("ETag"))
                .when().get(STAGES).then().statusCode(304).header("ETag", en.header("ETag"))
                .header("Vary", containsString("Accept-Language")).body(emptyString());
        given().header("Accept-Language", "nb-NO, nb;q=0.9, en;q=0.5").header("If-None-Match", en.header("ETag"))
                .when().get(STAGES).then().statusCode(200).header("ETag", nb.header("ETag"));
    }

    @Test
    void anUnknownLangIsABadRequestNamingLang() {
        given().queryParam("lang", "de").when().get("/api/assignments/codelists/statuses").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("lang"));
    }

    @Test
    void aBrowserOnAnotherOriginMaySendAcceptLanguageAndReadTheLanguage() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language")
                .when().options(STAGES)
                .then().statusCode(200).header("Access-Control-Allow-Headers", containsStringIgnoringCase("Accept-Language"));
        // Content-Language is a CORS-safelisted response header: a browser may read it unexposed
        given().header("Origin", ORIGIN).header("Accept-Language", "en").when().get(STAGES)
                .then().statusCode(200).header("Access-Control-Allow-Origin", ORIGIN).header("Content-Language", "en")
                .header("Access-Control-Expose-Headers", containsString("Vary"));
    }
}
