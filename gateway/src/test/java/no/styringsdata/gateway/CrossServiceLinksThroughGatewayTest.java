package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The links between the services, followed through the front door with every service's seeds imported: each
 * assignment's kap./post references lead to that chapter or post in budget-service, its goal to that goal in
 * indicator-service. A reference to a chapter or post the budget does not hold answers 404, and only such a one.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class CrossServiceLinksThroughGatewayTest {

    private static final Logger LOG = Logger.getLogger(CrossServiceLinksThroughGatewayTest.class);
    /** Each request as a client of its own (TEST-NET-1), so that the gateway's rate limit leaves the hundreds alone. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Test
    void everyAssignmentsBudgetAndGoalLinksLeadToWhatItRefersTo() {
        AllSeeds.imported();
        List<Map<String, Object>> rows = client().get("/api/assignments?size=1000").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, String> postLinks = new LinkedHashMap<>();
        Map<String, Map<String, Object>> goalLinks = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            JsonPath detail = client().queryParam("agency", row.get("agency")).get("/api/assignments/" + row.get("id"))
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> post : detail.<Map<String, Object>>getList("references.posts")) {
                postLinks.put((String) post.get("url"), post.get("chapter") + (post.get("post") == null ? ""
                        : ".%02d".formatted((Integer) post.get("post"))));
            }
            if (detail.get("goal") != null) {
                goalLinks.put(detail.getString("goal.url"), Map.of("year", detail.getInt("letter.year"),
                        "number", detail.getInt("goal.number"), "ministry", row.get("ministry"), "agency", row.get("agency")));
            }
        }
        assertFalse(postLinks.isEmpty() || goalLinks.isEmpty(), "the letters refer to posts and goals");

        Set<Integer> chapters = new TreeSet<>(client().get("/api/budget/chapters?size=1000").then().statusCode(200)
                .extract().jsonPath().getList("number", Integer.class));
        Set<String> notInTheBudget = new TreeSet<>();
        postLinks.forEach((url, reference) -> {
            Response answer = client().get(url);
            String[] chapterAndPost = reference.split("\\.");
            int chapter = Integer.parseInt(chapterAndPost[0]);
            if (answer.statusCode() == 404) {
                assertFalse(holds(chapters, chapter, chapterAndPost), "the budget holds " + reference + ": " + url);
                notInTheBudget.add(reference);
                return;
            }
            answer.then().statusCode(200);
            assertEquals(chapterAndPost.length == 1 ? String.valueOf(chapter) : chapterAndPost[1],
                    answer.jsonPath().getString("number"), url);
        });
        goalLinks.forEach((url, goal) -> {
            List<Map<String, Object>> answer = client().get(url).then().statusCode(200).extract().jsonPath().getList("$");
            assertEquals(1, answer.size(), "exactly the goal: " + url);
            assertEquals(goal, Map.of("year", answer.get(0).get("year"), "number", answer.get(0).get("number"),
                    "ministry", answer.get(0).get("ministry"), "agency", answer.get(0).get("agency")), url);
        });
        LOG.infof("%d assignments: %d distinct budget links (%d to chapters or posts the budget does not hold, 404: %s), "
                        + "%d distinct goal links, each to its goal", rows.size(), postLinks.size(), notInTheBudget.size(),
                notInTheBudget, goalLinks.size());
        assertTrue(notInTheBudget.size() < postLinks.size(), "most references are to the budget's own chapters");
    }

    /** Whether the budget holds the chapter, or the post of it. */
    private static boolean holds(Set<Integer> chapters, int chapter, String[] chapterAndPost) {
        if (!chapters.contains(chapter)) {
            return false;
        }
        return chapterAndPost.length == 1 || client().get("/api/budget/chapters/" + chapter).then().statusCode(200)
                .extract().jsonPath().getList("posts.number", String.class).contains(chapterAndPost[1]);
    }

    private static RequestSpecification client() {
        return given().header("X-Forwarded-For", "192.0.2." + (CLIENTS.incrementAndGet() % 254 + 1));
    }
}
