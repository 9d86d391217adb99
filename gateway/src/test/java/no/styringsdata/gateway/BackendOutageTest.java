package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.styringsdata.testing.Traffic;
import no.styringsdata.testing.Traffic.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jboss.logging.Logger;

/**
 * One backend crashes under load: its route answers 502/503 problem+json at once, the other routes
 * go on answering 200, and when the backend is back the route answers again, with no restart of the
 * gateway. The service is started again at the end, so the other gateway tests find it running.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class BackendOutageTest {

    private static final Logger LOG = Logger.getLogger(BackendOutageTest.class);

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String KILLED = "indicators";
    private static final Map<String, String> PATHS = Map.of(
            "budget", "/api/budget/chapters",
            "assignments", "/api/assignments",
            KILLED, "/api/indicators");

    /** Injected by the test resource. */
    Backends backends;

    @TestHTTPResource("/")
    URI gateway;

    /** Also when the test failed half-way: the other gateway tests need the service. */
    @AfterEach
    void serviceRunsAgain() {
        backends.restart("indicator-service");
    }

    @Test
    void aCrashedBackendFailsOnlyItsOwnRouteUntilItIsBack() throws Exception {
        long killing;
        long restarting;
        long restarted;
        Answer firstRecovered;
        List<Answer> answers;
        try (Traffic traffic = Traffic.start(Map.of(
                "budget", requests("budget", 1), "assignments", requests("assignments", 2), KILLED, requests(KILLED, 3)))) {
            for (String route : PATHS.keySet()) {
                traffic.await(10, a -> a.client().equals(route) && a.status() == 200, WAIT);
            }

            killing = System.nanoTime();
            backends.kill("indicator-service");
            long killed = System.nanoTime();
            for (String route : PATHS.keySet()) {
                traffic.await(20, a -> a.client().equals(route) && a.sentAfter(killed), WAIT);
            }
            given().get("/q/health/group/backends").then().statusCode(503)
                    .body("checks.find { it.name == 'indicators' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'budget' }.status", equalTo("UP"));
            // The gateway itself stays in service for the routes that work.
            given().get("/q/health/ready").then().statusCode(200);

            restarting = System.nanoTime();
            backends.restart("indicator-service");
            restarted = System.nanoTime();
            firstRecovered = traffic.await(1, a -> a.client().equals(KILLED) && a.sentAfter(restarted) && a.status() == 200, WAIT).get(0);
            traffic.await(10, a -> a.client().equals(KILLED) && a.sentAfter(firstRecovered.sentNanos()), WAIT);
            answers = traffic.answers();
        }

        Predicate<Answer> killedRoute = a -> a.client().equals(KILLED);
        Predicate<Answer> whileDown = killedRoute.and(a -> a.sentAfter(killing) && a.answeredBefore(restarting));
        Predicate<Answer> afterRecovery = killedRoute.and(a -> a.sentAfter(firstRecovered.sentNanos()));
        long maxMillisWhileDown = answers.stream().filter(whileDown).mapToLong(Answer::tookMillis).max().orElse(0);
        LOG.infof("backend outage: %d answers in all; other routes %s; %s while down %s (max latency %d ms); "
                        + "restart took %d ms, first 200 %d ms after the service was ready; after recovery %s",
                answers.size(), statuses(answers, killedRoute.negate()), KILLED, statuses(answers, whileDown),
                maxMillisWhileDown, (restarted - restarting) / 1_000_000,
                (firstRecovered.sentNanos() + firstRecovered.tookNanos() - restarted) / 1_000_000,
                statuses(answers, afterRecovery));

        assertEquals(Map.of(200, answers.stream().filter(killedRoute.negate()).count()), statuses(answers, killedRoute.negate()),
                "the other routes are not affected");
        assertTrue(answers.stream().filter(whileDown).count() >= 20, "the outage was seen");
        for (Answer answer : answers.stream().filter(whileDown).toList()) {
            assertTrue(answer.status() == 502 || answer.status() == 503, "502/503 while the backend is down: " + answer);
            assertEquals("application/problem+json", answer.contentType(), answer.toString());
            assertTrue(answer.body().contains("\"route\":\"" + KILLED + "\""), "the problem names the route: " + answer.body());
        }
        assertTrue(maxMillisWhileDown < 2_000, "a crashed backend is a fast 502, not a wait: " + maxMillisWhileDown + " ms");
        assertTrue(answers.stream().filter(afterRecovery).allMatch(a -> a.status() == 200),
                "once back, the route answers 200: " + statuses(answers, afterRecovery));
    }

    /**
     * GETs of the route's list, each as if from another client address (the test configuration limits
     * each address to 5 requests a second).
     */
    private IntFunction<HttpRequest> requests(String route, int client) {
        URI uri = gateway.resolve(PATHS.get(route));
        return n -> HttpRequest.newBuilder(uri)
                .header("X-Forwarded-For", "198.51." + client + "." + (n % 250 + 1))
                .build();
    }

    private static Map<Integer, Long> statuses(List<Answer> answers, Predicate<Answer> which) {
        return answers.stream().filter(which).collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }
}
