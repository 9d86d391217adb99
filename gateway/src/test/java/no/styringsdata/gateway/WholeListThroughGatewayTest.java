package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list in CSV taken whole ({@code whole=true}) through the gateway, on every service's seeds: every row in one
 * answer, exactly its CSV pages put together (the same header once, the same rows in the same order), with
 * {@code X-Total-Count} and no {@code Link}, its own ETag and 304; with JSON it is a 400 naming {@code whole}.
 */
@QuarkusTest
@WithTestResource(Backends.class)
@ExtendWith(OwnClientAddress.class)
class WholeListThroughGatewayTest {

    private static final Logger LOG = Logger.getLogger(WholeListThroughGatewayTest.class);
    private static final int PAGE_SIZE = 50;

    @BeforeEach
    void seeds() {
        AllSeeds.imported();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/budget/amounts", "/api/budget/chapters", "/api/assignments", "/api/indicators"})
    void aWholeListIsItsPagesPutTogether(String list) {
        ExtractableResponse<Response> whole = given().queryParam("format", "csv").queryParam("whole", "true")
                .get(list).then().statusCode(200).contentType(containsString("text/csv"))
                .header("Link", nullValue()).extract();
        List<String> wholeLines = whole.asString().lines().toList();
        int total = Integer.parseInt(whole.header("X-Total-Count"));
        assertTrue(total > PAGE_SIZE, list + ": the seeds fill more than one page: " + total);
        assertEquals(total + 1, wholeLines.size(), list + ": a header and every row");

        List<String> pages = new ArrayList<>();
        for (int page = 1; (page - 1) * PAGE_SIZE < total; page++) {
            List<String> lines = given().queryParam("format", "csv").queryParam("size", PAGE_SIZE)
                    .queryParam("page", page).get(list).then().statusCode(200).extract().asString().lines().toList();
            pages.addAll(page == 1 ? lines : lines.subList(1, lines.size()));
        }
        assertEquals(pages, wholeLines, list + ": the whole list equals its pages");

        given().header("If-None-Match", whole.header("ETag")).queryParam("format", "csv")
                .queryParam("whole", "true").get(list).then().statusCode(304).body(emptyString());
        given().queryParam("whole", "true").get(list).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("whole"));
        LOG.infof("%s whole in CSV through the gateway: %d rows, %d bytes", list, total, whole.asByteArray().length);
    }
}
