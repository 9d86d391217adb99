package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every imported assignment links its kap./post references to budget-service and its goal to indicator-service:
 * paths relative to the front door under the configured prefixes ({@code styringsdata.links.*}), made from the
 * reference itself. (That they lead to the chapter, post and goal: the gateway's CrossServiceLinksThroughGatewayTest.)
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CrossServiceLinksTest {

    private static final Logger LOG = Logger.getLogger(CrossServiceLinksTest.class);

    private final String budget = ConfigProvider.getConfig().getValue("styringsdata.links.budget", String.class);
    private final String indicators = ConfigProvider.getConfig().getValue("styringsdata.links.indicators", String.class);

    @BeforeEach
    void letters() {
        SeedDocuments.importLetters();
    }

    @Test
    void everyAssignmentLinksItsPostsAndGoalAsPathsAtTheFrontDoor() {
        List<Map<String, Object>> rows = given().get("/api/assignments?size=1000").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(SeedDocuments.assignmentCount(), rows.size());
        int posts = 0;
        int goals = 0;
        for (Map<String, Object> row : rows) {
            JsonPath detail = given().queryParam("agency", row.get("agency")).get("/api/assignments/" + row.get("id"))
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> post : detail.<Map<String, Object>>getList("references.posts")) {
                String url = (String) post.get("url");
                assertRelative(url);
                assertEquals(budget + "/chapters/" + post.get("chapter")
                        + (post.get("post") == null ? "" : "/posts/%02d".formatted((Integer) post.get("post"))), url);
                posts++;
            }
            if (row.get("goalNumber") == null) {
                assertNull(row.get("goalUrl"), row::toString);
                assertNull(detail.get("goal"));
                continue;
            }
            String url = (String) row.get("goalUrl");
            assertEquals(url, detail.getString("goal.url"), "the row and the assignment link the same goal");
            URI goal = assertRelative(url);
            assertEquals(indicators + "/goals", goal.getPath());
            assertEquals(Map.of("year", String.valueOf(detail.getInt("letter.year")),
                    "number", String.valueOf(row.get("goalNumber")),
                    "ministry", row.get("ministry"), "agency", row.get("agency")), query(goal));
            goals++;
        }
        LOG.infof("%d assignments link %d kap./post references and %d goals", rows.size(), posts, goals);
        assertTrue(posts > 0 && goals > 0, "the letters refer to posts and goals");
    }

    @Test
    void theCsvCarriesTheGoalLinkInItsLastColumn() throws IOException {
        String csv = given().get("/api/assignments?format=csv&size=1000").then().statusCode(200).extract().asString();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",goalUrl"), csv.lines().findFirst().orElseThrow());
        List<String> json = given().get("/api/assignments?size=1000").then().statusCode(200).extract().jsonPath()
                .getList("goalUrl");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<String> column = rows.readAll().stream().map(row -> row.get("goalUrl"))
                    .map(url -> url.isEmpty() ? null : url).toList();
            assertEquals(json, column);
        }
    }

    private static URI assertRelative(String url) {
        URI uri = URI.create(url);
        assertNull(uri.getScheme(), url);
        assertNull(uri.getAuthority(), url);
        assertTrue(uri.getPath().startsWith("/"), url);
        assertFalse(uri.getPath().contains("//"), url);
        return uri;
    }

    private static Map<String, Object> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (a, b) -> a, LinkedHashMap::new));
    }
}
