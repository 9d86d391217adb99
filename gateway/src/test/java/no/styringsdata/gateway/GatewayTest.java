package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway in front of the real budget and assignment services, a stub, and a route with no backend. */
@QuarkusTest
@WithTestResource(Backends.class)
@ExtendWith(OwnClientAddress.class)
class GatewayTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void routesEachPrefixToItsService() {
        given().get("/api/budget/chapters").then().statusCode(200).contentType(containsString("json"));
        given().get("/api/assignments").then().statusCode(200).contentType(containsString("json"));
        given().get("/api/indicators").then().statusCode(200).contentType(containsString("json"));
        given().get("/api/budget/openapi").then().statusCode(200).body(containsString("Styringsdata budget API"));
    }

    @Test
    void streamsADocumentImportThroughToTheService() throws IOException {
        String letter = seed("/seeds/004_cc102a77bccaaff9.txt");
        given().contentType("text/plain; charset=UTF-8").body(letter)
                .auth().oauth2(ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class))
                .post("/api/assignments/imports")
                .then().statusCode(200)
                .body("year", equalTo(2025));
        given().get("/api/assignments").then().statusCode(200).body(containsString("TB2025-80"));
    }

    @Test
    void streamsLargeBodiesBothWays() {
        byte[] body = new byte[15 * 1024 * 1024]; // above Quarkus' default 10M limit, under the gateway's 20M
        new Random(42).nextBytes(body);
        byte[] echoed = given().contentType("application/octet-stream").body(body)
                .post("/api/echo/body")
                .then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(body, echoed);
    }

    @Test
    void answersADownBackendWithAFast502NamingTheRoute() {
        long millis = millis(() -> problem(given().get("/api/down/anything"), 502, "down")
                .body("title", equalTo("Bad Gateway"))
                .body("type", equalTo("https://styringsdata.no/problems/backend-unavailable"))
                .body("detail", containsString("down"))
                .body("instance", equalTo("/api/down/anything")));
        assertTrue(millis < 1000, "a refused connection should give 502 at once, took " + millis + " ms");
        // The other routes are not affected.
        given().get("/api/budget/chapters").then().statusCode(200);
    }

    @Test
    void answersASilentBackendWith504AfterTheRouteTimeout() {
        long millis = millis(() -> problem(given().get("/api/slow/anything"), 504, "slow")
                .body("detail", containsString("1000 ms")));
        assertTrue(millis >= 900 && millis < 5000, "the slow route's timeout is 1 s, the 504 came after " + millis + " ms");
    }

    @Test
    void givesAWriteTheLongerWriteTimeout() {
        long millis = millis(() -> problem(given().contentType("application/json").body("{}")
                .post("/api/slow/anything"), 504, "slow").body("detail", containsString("3000 ms")));
        assertTrue(millis >= 2900 && millis < 8000, "the write timeout is 3 s, the 504 came after " + millis + " ms");
    }

    /** The gateway's own problem for a route: its status, also in the body, and the route's name. */
    private static ValidatableResponse problem(Response response, int status, String route) {
        return response.then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("route", equalTo(route));
    }

    /** How long the request and its checks took, in milliseconds. */
    private static long millis(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aWriteThroughTheGatewayNeedsTheRightRoleAndIsAudited() {
        String editor = ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class);
        String otherRole = ConfigProvider.getConfig().getValue(Backends.OTHER_ROLE_TOKEN, String.class);
        String chapter = "{\"name\":\"Gjennom porten\"}";
        given().contentType("application/json").body(chapter).put("/api/budget/chapters/4980")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(otherRole).contentType("application/json").body(chapter).put("/api/budget/chapters/4980")
                .then().statusCode(403).contentType(PROBLEM);
        given().get("/api/budget/chapters/4980").then().statusCode(404);
        given().auth().oauth2(editor).contentType("application/json").body(chapter).put("/api/budget/chapters/4980")
                .then().statusCode(201);
        given().auth().oauth2(editor).get("/api/budget/audit?targetType=chapter&targetId=4980")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].subject", equalTo("gateway-test"))
                .body("[0].after.name", equalTo("Gjennom porten"));
    }

    @Test
    void answersUnknownPathsWith404Problem() {
        given().get("/nowhere/at/all")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("instance", equalTo("/nowhere/at/all"));
        // A prefix is matched as a whole path segment.
        given().get("/api/budgetary").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void createsARequestIdAndReturnsIt() {
        Response response = given().get("/api/echo/headers");
        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("headers.x-request-id", equalTo(response.header("X-Request-Id")));
    }

    @Test
    void keepsASaneRequestIdButReplacesAnInsaneOne() {
        given().header("X-Request-Id", "client-42.a")
                .get("/api/echo/headers")
                .then().header("X-Request-Id", "client-42.a")
                .body("headers.x-request-id", equalTo("client-42.a"));
        given().header("X-Request-Id", "no spaces; or <tags>")
                .get("/api/echo/headers")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void tellsTheBackendWhoAskedThroughForwardedHeaders() {
        RestAssured.requestSpecification = null; // this client comes as itself, with no X-Forwarded-For
        given().get("/api/echo/headers")
                .then().statusCode(200)
                .body("path", equalTo("/api/echo/headers"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", matchesPattern("localhost:\\d+"));
    }

    @Test
    void allowsCorsPreflightFromAConfiguredOrigin() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/assignments/imports")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/assignments/imports")
                .then().header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }

    @Test
    void limitsABurstFromOneClientWith429AndRetryAfter() {
        // The test configuration allows 20 at once, then 5 per second; this client sends 60 in a row.
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 60; i++) {
            Response response = given().header("X-Forwarded-For", "203.0.113.9").get("/api/echo/headers");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429 && limited == null) {
                limited = response;
            }
        }
        assertTrue(statuses.subList(0, 20).stream().allMatch(status -> status == 200), "the burst is allowed: " + statuses);
        assertTrue(limited != null, "60 requests at once must meet the limit: " + statuses);
        limited.then().contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
        // Another client is not affected.
        given().header("X-Forwarded-For", "203.0.113.10").get("/api/echo/headers").then().statusCode(200);
    }

    @Test
    void reportsEachBackendInItsOwnHealthGroupWithoutGatingReadiness() {
        given().get("/q/health/group/backends")
                .then().statusCode(503) // the down route's backend is down
                .body("checks.find { it.name == 'budget' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'assignments' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'indicators' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'down' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'down' }.data.backend", containsString("/q/health/ready"));
        // One backend down must not take the gateway out of service: the other routes still work.
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", not(hasItem("down")));
    }

    @Test
    void countsAndTimesRequestsPerRoute() {
        given().get("/api/budget/chapters").then().statusCode(200);
        given().get("/api/down/x").then().statusCode(502);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("gateway_requests_seconds_count{method=\"GET\",route=\"budget\",status=\"200\"}"), metrics);
        assertTrue(metrics.contains("gateway_requests_seconds_count{method=\"GET\",route=\"down\",status=\"502\"}"), metrics);
    }

    @Test
    void servesOneSwaggerUiListingTheThreeServicesBudgetFirst() {
        String page = given().get("/swagger-ui/").then().statusCode(200).extract().asString();
        String urls = page.lines().filter(line -> line.contains("openapi") || line.contains("primaryName"))
                .reduce("", (a, b) -> a + b.strip() + "\n");
        assertTrue(page.contains("/api/budget/openapi") && page.contains("/api/assignments/openapi")
                && page.contains("/api/indicators/openapi"), urls);
        assertTrue(Pattern.compile("primaryName[\"']?\\s*[:=]\\s*[\"']budget[\"']").matcher(page).find(),
                "the budget document is the one shown first: " + urls);
    }

    private String seed(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
