package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.styringsdata.localpg.RestartablePostgres;
import no.styringsdata.localpg.RestartablePostgresTestResource;
import no.styringsdata.localpg.Traffic;
import no.styringsdata.localpg.Traffic.Answer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.jboss.logging.Logger;

/**
 * The database stops under load and comes back: while it is down every request is answered 503
 * problem+json within the pool's acquisition timeout, never 500; when it is back the service answers
 * again by itself, with what was written before intact and no write half done.
 */
@QuarkusTest
@WithTestResource(RestartablePostgresTestResource.class)
class DatabaseOutageTest {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageTest.class);

    private static final int KEPT_CHAPTER = 5990;
    /** The writer creates chapters 1000, 1001, ... (wrapping within 1000-4999, the range it owns). */
    private static final int FIRST_WRITTEN = 1000;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Set<Integer> ANSWERED_WHILE_UP = Set.of(200, 201);

    /** Injected by the test resource. */
    RestartablePostgres database;

    @TestHTTPResource("/api/budget")
    URI api;

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Duration timeout = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.acquisition-timeout", Duration.class);
        // The platform's datasource defaults (its META-INF/microprofile-config.properties) apply here.
        assertEquals("2S", ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.foreground-validation-interval", String.class));
        put(KEPT_CHAPTER, "Før bruddet").then().statusCode(201);

        IntFunction<HttpRequest> read = n -> HttpRequest.newBuilder(URI.create(api + "/chapters/" + KEPT_CHAPTER)).build();
        IntFunction<HttpRequest> write = n -> HttpRequest.newBuilder(URI.create(api + "/chapters/" + written(n)))
                .header("Authorization", "Bearer " + Tokens.EDITOR)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Skrevet " + n + "\"}"))
                .build();
        long stopping;
        long stopped;
        long starting;
        long started;
        Answer firstRecovered;
        List<Answer> answers;
        try (Traffic traffic = Traffic.start(Map.of("reader-1", read, "reader-2", read, "reader-3", read, "writer", write))) {
            traffic.await(30, a -> a.status() == 200 && a.client().startsWith("reader"), WAIT);
            traffic.await(5, a -> a.status() == 201, WAIT);

            stopping = System.nanoTime();
            database.stop();
            stopped = System.nanoTime();
            traffic.await(30, a -> a.sentAfter(stopped) && a.client().startsWith("reader"), WAIT);
            traffic.await(10, a -> a.sentAfter(stopped) && a.client().equals("writer"), WAIT);
            given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));

            starting = System.nanoTime();
            database.start();
            started = System.nanoTime();
            firstRecovered = traffic.await(1, a -> a.sentAfter(started) && a.status() == 200, WAIT).get(0);
            long recovered = firstRecovered.sentNanos();
            traffic.await(30, a -> a.sentAfter(recovered) && a.client().startsWith("reader"), WAIT);
            traffic.await(5, a -> a.sentAfter(recovered) && a.status() == 201, WAIT);
            answers = traffic.answers();
        }

        Predicate<Answer> whileDown = a -> a.sentAfter(stopped) && a.answeredBefore(starting);
        Predicate<Answer> duringOutage = a -> a.sentAfter(stopping) && a.sentNanos() - starting < 0;
        Predicate<Answer> afterRecovery = a -> a.sentAfter(firstRecovered.sentNanos());
        long maxMillisDuringOutage = answers.stream().filter(duringOutage).mapToLong(Answer::tookMillis).max().orElse(0);
        long[] millisWhileDown = answers.stream().filter(whileDown).mapToLong(Answer::tookMillis).sorted().toArray();
        LOG.infof("database outage: %d answers in all; while down %s, median %d ms, max %d ms; max latency of "
                        + "any request during the outage %d ms (timeout %d ms); first 200 %d ms after PostgreSQL was back "
                        + "(its start took %d ms); after recovery %s",
                answers.size(), statuses(answers, whileDown), millisWhileDown[millisWhileDown.length / 2],
                millisWhileDown[millisWhileDown.length - 1], maxMillisDuringOutage, timeout.toMillis(),
                (firstRecovered.sentNanos() + firstRecovered.tookNanos() - started) / 1_000_000,
                (started - starting) / 1_000_000, statuses(answers, afterRecovery));

        for (Answer answer : answers) {
            assertTrue(answer.status() == 503 || ANSWERED_WHILE_UP.contains(answer.status()), "never a 500: " + answer);
            if (answer.status() == 503) {
                assertIsAnUnavailableProblem(answer);
            }
        }
        assertTrue(answers.stream().filter(whileDown).allMatch(a -> a.status() == 503),
                "with the database down, only 503: " + statuses(answers, whileDown));
        assertTrue(answers.stream().filter(whileDown).count() >= 40, "the outage was seen by readers and writer");
        assertTrue(maxMillisDuringOutage < timeout.plusSeconds(1).toMillis(),
                "every answer within the timeout (" + timeout + "): " + maxMillisDuringOutage + " ms");
        assertTrue(answers.stream().filter(afterRecovery).allMatch(a -> ANSWERED_WHILE_UP.contains(a.status())),
                "once recovered, every answer is a success: " + statuses(answers, afterRecovery));
        given().get("/q/health/ready").then().statusCode(200);

        // What was written before is intact, and every write is whole: a chapter exists iff its audit entry does.
        given().get("/api/budget/chapters/" + KEPT_CHAPTER).then().statusCode(200).body("name", is("Før bruddet"));
        Set<Integer> chapters = allPages("/api/budget/chapters", "number");
        Set<Integer> audited = allPages("/api/budget/audit?targetType=chapter", "targetId").stream()
                .map(Object::toString).map(Integer::valueOf).collect(Collectors.toSet());
        assertEquals(chapters, audited, "no chapter without its audit entry, nor the other way round");
        Set<Integer> acknowledged = answers.stream().filter(a -> a.client().equals("writer") && ANSWERED_WHILE_UP.contains(a.status()))
                .map(a -> written(a.n())).collect(Collectors.toSet());
        assertTrue(chapters.containsAll(acknowledged), "every acknowledged write is kept");
    }

    private static int written(int n) {
        return FIRST_WRITTEN + n % 4000;
    }

    private static void assertIsAnUnavailableProblem(Answer answer) {
        assertEquals("application/problem+json", answer.contentType(), answer.toString());
        assertTrue(answer.retryAfter() != null && answer.retryAfter().matches("[1-9][0-9]*"), "Retry-After: " + answer);
        assertTrue(answer.body().contains("\"status\":503"), answer.body());
        for (String leak : List.of("SQL", "Exception", "jdbc", "org.", "select", "PSQL")) {
            assertFalse(answer.body().contains(leak), "no internals in the body: " + answer.body());
        }
    }

    private static Map<Integer, Long> statuses(List<Answer> answers, Predicate<Answer> which) {
        return answers.stream().filter(which).collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    private static Response put(int chapter, String name) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"" + name + "\"}")
                .put("/api/budget/chapters/" + chapter);
    }

    private static <T> Set<T> allPages(String path, String field) {
        Set<T> values = new HashSet<>();
        for (int page = 1; ; page++) {
            Response response = given().auth().oauth2(Tokens.EDITOR).queryParam("size", 1000).queryParam("page", page).get(path);
            response.then().statusCode(200);
            List<T> rows = response.jsonPath().getList(field);
            values.addAll(rows);
            if (rows.isEmpty() || page * 1000L >= Long.parseLong(response.header("X-Total-Count"))) {
                return values;
            }
        }
    }
}
