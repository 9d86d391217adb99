package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.styringsdata.localpg.DevTokens;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.testing.postgres.RestartablePostgres;
import no.styringsdata.testing.Traffic;
import no.styringsdata.testing.Traffic.Answer;
import no.styringsdata.testing.DatabaseChecksum;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import no.styringsdata.testing.documents.SeedTexts;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What every service does when its database fails under it, one test for all three: each service's
 * test extends it with a read, a write and a document of its own, as a {@code @QuarkusTest} with
 * {@code @WithTestResource(RestartablePostgresTestResource.class)}, which injects the server.
 * <ul>
 * <li>the database is stopped and started under load: 503 problem+json within the pool's acquisition
 * timeout, never a 500, and the service answers again by itself;</li>
 * <li>the database hangs (SIGSTOP) under load: 503 problem+json within the driver's timeouts, while the
 * liveness probe and requests that need no database keep being answered at once (no thread pool is held
 * up), and the service answers again by itself when the database goes on (SIGCONT);</li>
 * <li>an import is cut by an immediate shutdown after its rows are written: it is answered 503, the
 * database is exactly as before it (checksum), and importing again completes.</li>
 * </ul>
 * The methods run in order: the import first, on the empty database; the traffic tests need the document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class DatabaseFaultTest {

    private static final Logger LOG = Logger.getLogger(DatabaseFaultTest.class);
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Room on this shared 2-core machine for a request past the timeout that ended it. */
    private static final Duration SLACK = Duration.ofMillis(1500);
    /** How quickly a request that needs no database must be answered while the database hangs. */
    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Set<String> DATABASE_CLIENTS = Set.of("reader-1", "reader-2", "reader-3", "writer");

    /** One write of the service: method, path under the service's prefix, JSON body. */
    public record Write(String method, String path, String body) {
    }

    /** Injected by the test resource. */
    protected RestartablePostgres database;

    private final Config config = ConfigProvider.getConfig();
    private final String api = config.getValue("quarkus.rest.path", String.class);
    private final String token = DevTokens.fromClasspath().token("fault-test", Duration.ofHours(2),
            Set.of(config.getValue("mp.jwt.verify.audiences", String.class)),
            config.getValue("styringsdata.editor-role", String.class));
    /** The servers (one per test class) whose database has the document. */
    private static final Set<RestartablePostgres> WITH_DOCUMENT = ConcurrentHashMap.newKeySet();

    private final String seed;
    private final String readPath;

    /**
     * @param seed the document the import test cuts and the traffic tests need (a {@link SeedTexts} name)
     * @param readPath a read that needs the database, under the service's prefix, answered 200 once the document
     *     is imported
     */
    protected DatabaseFaultTest(String seed, String readPath) {
        this.seed = seed;
        this.readPath = readPath;
    }

    private String document() {
        return SeedTexts.read(seed);
    }

    /**
     * The service's writes once the document is imported: the n-th is answered 2xx and writes something
     * new (the outage test sends n from 0, the hang test from 100 000).
     */
    protected abstract IntFunction<Write> writes();

    @Test
    @Order(1)
    void anImportCutByAnImmediateShutdownLeavesNothingAndCompletesWhenRepeated() throws Exception {
        DatabaseChecksum checksum = new DatabaseChecksum(dataSource());
        String before = checksum.current();
        HeldImport held = HeldImport.start(HeldImport.Hold.AT_COMMIT, jdbcUrl(), LocalPostgres.USER, uri("/imports"),
                token, document());
        long starting;
        HttpResponse<String> answer;
        try {
            database.stopImmediately();
            answer = held.answer().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            starting = System.nanoTime();
            database.start();
            held.close();
        }
        long startMillis = (System.nanoTime() - starting) / 1_000_000;
        assertEquals(503, answer.statusCode(), answer.body());
        assertIsAnUnavailableProblem(answer.headers().firstValue("Content-Type").orElse(""),
                answer.headers().firstValue("Retry-After").orElse(null), answer.body());
        assertEquals(before, checksum.current(), "the cut import left nothing behind");

        long importing = System.nanoTime();
        importUntilAnswered().then().statusCode(200).body("changed", is(true));
        long importMillis = (System.nanoTime() - importing) / 1_000_000;
        String imported = checksum.current();
        assertNotEquals(before, imported);
        importUntilAnswered().then().statusCode(200).body("changed", is(false));
        assertEquals(imported, checksum.current(), "importing again changes nothing: the single import's state");
        WITH_DOCUMENT.add(database);
        LOG.infof("import cut by an immediate shutdown at its commit, %d ms after it was sent: answered %d; "
                        + "database as before (checksum); PostgreSQL's crash recovery and start %d ms; importing again %d ms",
                held.ranMillis(), answer.statusCode(), startMillis, importMillis);
    }

    @Test
    @Order(2)
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        ensureDocument();
        Duration timeout = config.getValue("quarkus.datasource.jdbc.acquisition-timeout", Duration.class);
        // The platform's datasource defaults (its META-INF/microprofile-config.properties) apply here.
        assertEquals("2S", config.getValue("quarkus.datasource.jdbc.foreground-validation-interval", String.class));
        long stopping;
        long stopped;
        long starting;
        long started;
        Answer firstRecovered;
        List<Answer> answers;
        try (Traffic traffic = Traffic.start(databaseClients("outage", 0))) {
            awaitSteady(traffic);
            stopping = System.nanoTime();
            database.stop();
            stopped = System.nanoTime();
            traffic.await(12, a -> a.sentAfter(stopped) && a.client().startsWith("reader"), WAIT);
            traffic.await(4, a -> a.sentAfter(stopped) && a.client().equals("writer"), WAIT);
            given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));

            starting = System.nanoTime();
            database.start();
            started = System.nanoTime();
            firstRecovered = awaitRecovered(traffic, started);
            answers = traffic.answers();
        }

        Predicate<Answer> whileDown = a -> a.sentAfter(stopped) && a.answeredBefore(starting);
        Predicate<Answer> duringOutage = a -> a.sentAfter(stopping) && a.sentNanos() - starting < 0;
        Predicate<Answer> afterRecovery = a -> a.sentAfter(firstRecovered.sentNanos());
        long maxMillisDuringOutage = maxMillis(answers, duringOutage);
        LOG.infof("database outage: %d answers in all; while down %s, median %d ms, max %d ms; max latency of "
                        + "any request during the outage %d ms (timeout %d ms); first 200 %d ms after PostgreSQL was back "
                        + "(its start took %d ms); after recovery %s",
                answers.size(), statuses(answers, whileDown), medianMillis(answers, whileDown), maxMillis(answers, whileDown),
                maxMillisDuringOutage, timeout.toMillis(), answeredMillisAfter(firstRecovered, started),
                (started - starting) / 1_000_000, statuses(answers, afterRecovery));

        assertOnly503OrSuccess(answers);
        assertTrue(answers.stream().filter(whileDown).allMatch(a -> a.status() == 503),
                "with the database down, only 503: " + statuses(answers, whileDown));
        assertTrue(answers.stream().filter(whileDown).count() >= 16, "the outage was seen by readers and writer");
        assertTrue(maxMillisDuringOutage < timeout.plus(SLACK).toMillis(),
                "every answer within the timeout (" + timeout + "): " + maxMillisDuringOutage + " ms");
        assertTrue(answers.stream().filter(afterRecovery).allMatch(a -> a.status() / 100 == 2),
                "once recovered, every answer is a success: " + statuses(answers, afterRecovery));
        given().get("/q/health/ready").then().statusCode(200);
        assertAcknowledgedWritesKept(answers, "outage");
    }

    @Test
    @Order(3)
    void answers503WhileTheDatabaseHangsAndRecoversWhenItGoesOn() throws Exception {
        ensureDocument();
        Duration socketTimeout = Duration.ofSeconds(config.getValue(
                "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", Integer.class));
        Duration acquisitionTimeout = config.getValue("quarkus.datasource.jdbc.acquisition-timeout", Duration.class);
        Duration bound = (socketTimeout.compareTo(acquisitionTimeout) > 0 ? socketTimeout : acquisitionTimeout).plus(SLACK);
        Map<String, IntFunction<HttpRequest>> clients = new LinkedHashMap<>(databaseClients("hang", 100_000));
        clients.put("live", paced(n -> get("/q/health/live")));
        clients.put("openapi", paced(n -> get(config.getValue("quarkus.smallrye-openapi.path", String.class))));
        long paused;
        long resuming;
        long resumed;
        long readyMillis;
        int readyStatus;
        Answer firstRecovered;
        List<Answer> answers;
        try (Traffic traffic = Traffic.start(clients)) {
            awaitSteady(traffic);
            database.pause();
            paused = System.nanoTime();
            // Each client's first request after the pause meets a connection that hangs; its second a new one.
            for (String client : DATABASE_CLIENTS) {
                traffic.await(2, a -> a.client().equals(client) && a.sentAfter(paused), WAIT);
            }
            long asking = System.nanoTime();
            readyStatus = given().get("/q/health/ready").statusCode();
            readyMillis = (System.nanoTime() - asking) / 1_000_000;

            resuming = System.nanoTime();
            database.resume();
            resumed = System.nanoTime();
            firstRecovered = awaitRecovered(traffic, resumed);
            answers = traffic.answers();
        }

        Predicate<Answer> fromDatabaseClient = a -> DATABASE_CLIENTS.contains(a.client());
        Predicate<Answer> whileHung = fromDatabaseClient.and(a -> a.sentAfter(paused) && a.answeredBefore(resuming));
        Predicate<Answer> duringHang = fromDatabaseClient.and(a -> a.sentNanos() + a.tookNanos() - paused > 0
                && a.sentNanos() - resuming < 0);
        Predicate<Answer> withoutDatabase = a -> !fromDatabaseClient.test(a);
        Predicate<Answer> withoutDatabaseDuringHang = withoutDatabase.and(a -> a.sentAfter(paused) && a.sentNanos() - resuming < 0);
        Predicate<Answer> afterRecovery = fromDatabaseClient.and(a -> a.sentAfter(firstRecovered.sentNanos()));
        long maxMillisDuringHang = maxMillis(answers, duringHang);
        LOG.infof("database hang (SIGSTOP): %d answers in all; while hung %s, median %d ms, max %d ms; max latency of any "
                        + "database request during the hang %d ms (socket timeout %d ms, acquisition timeout %d ms); readiness "
                        + "answered %d in %d ms; %d answers needing no database during the hang %s, max %d ms; first 200 %d ms "
                        + "after PostgreSQL went on; after recovery %s",
                answers.size(), statuses(answers, whileHung), medianMillis(answers, whileHung), maxMillis(answers, whileHung),
                maxMillisDuringHang, socketTimeout.toMillis(), acquisitionTimeout.toMillis(), readyStatus, readyMillis,
                answers.stream().filter(withoutDatabaseDuringHang).count(), statuses(answers, withoutDatabaseDuringHang),
                maxMillis(answers, withoutDatabaseDuringHang), answeredMillisAfter(firstRecovered, resumed),
                statuses(answers, afterRecovery));

        assertOnly503OrSuccess(answers.stream().filter(fromDatabaseClient).toList());
        assertTrue(answers.stream().filter(whileHung).allMatch(a -> a.status() == 503),
                "with the database hung, only 503: " + statuses(answers, whileHung));
        assertTrue(answers.stream().filter(whileHung).count() >= 2L * DATABASE_CLIENTS.size(), "the hang was seen by every client");
        assertTrue(maxMillisDuringHang < bound.toMillis(),
                "every answer within the driver's and pool's timeouts (" + bound + "): " + maxMillisDuringHang + " ms");
        assertEquals(503, readyStatus, "not ready while the database hangs");
        assertTrue(readyMillis < bound.toMillis(), "readiness answered within " + bound + ": " + readyMillis + " ms");
        assertTrue(answers.stream().filter(withoutDatabaseDuringHang).count() >= 10, "liveness and OpenAPI asked during the hang");
        assertTrue(answers.stream().filter(withoutDatabase).allMatch(a -> a.status() == 200 && a.tookMillis() < PROMPT.toMillis()),
                "what needs no database is answered at once throughout: " + statuses(answers, withoutDatabase)
                        + ", max " + maxMillis(answers, withoutDatabase) + " ms");
        assertTrue(answers.stream().filter(afterRecovery).allMatch(a -> a.status() / 100 == 2),
                "once recovered, every answer is a success: " + statuses(answers, afterRecovery));
        given().get("/q/health/ready").then().statusCode(200);
        assertAcknowledgedWritesKept(answers, "hang");
    }

    /** Three readers and a writer; the writer's requests carry request ids {@code fault-<label>-<n>}. */
    private Map<String, IntFunction<HttpRequest>> databaseClients(String label, int firstWrite) {
        IntFunction<HttpRequest> read = n -> get(api + readPath);
        IntFunction<Write> writes = writes();
        IntFunction<HttpRequest> write = n -> {
            Write w = writes.apply(firstWrite + n);
            return HttpRequest.newBuilder(URI.create(base() + api + w.path()))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("X-Request-Id", requestId(label, n))
                    .method(w.method(), HttpRequest.BodyPublishers.ofString(w.body()))
                    .build();
        };
        return Map.of("reader-1", read, "reader-2", read, "reader-3", read, "writer", write);
    }

    /** A client that asks every 50 ms rather than as fast as it can: a probe, not load. */
    private static IntFunction<HttpRequest> paced(IntFunction<HttpRequest> requests) {
        return n -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return requests.apply(n);
        };
    }

    private static void awaitSteady(Traffic traffic) throws InterruptedException {
        traffic.await(30, a -> a.status() == 200 && a.client().startsWith("reader"), WAIT);
        traffic.await(5, a -> a.status() / 100 == 2 && a.client().equals("writer"), WAIT);
    }

    /** The first read answered 200 after {@code since}; then waits for more successes of readers and writer. */
    private static Answer awaitRecovered(Traffic traffic, long since) throws InterruptedException {
        Answer first = traffic.await(1, a -> a.sentAfter(since) && a.client().startsWith("reader") && a.status() == 200, WAIT).get(0);
        long recovered = first.sentNanos();
        traffic.await(30, a -> a.sentAfter(recovered) && a.client().startsWith("reader"), WAIT);
        traffic.await(5, a -> a.sentAfter(recovered) && a.client().equals("writer") && a.status() / 100 == 2, WAIT);
        return first;
    }

    /** Every write answered 2xx has its audit entry (written in the same transaction as the write). */
    private void assertAcknowledgedWritesKept(List<Answer> answers, String label) throws SQLException {
        Set<String> acknowledged = answers.stream().filter(a -> a.client().equals("writer") && a.status() / 100 == 2)
                .map(a -> requestId(label, a.n())).collect(Collectors.toSet());
        Set<String> audited = new HashSet<>();
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT request_id FROM audit_log WHERE request_id LIKE 'fault-" + label + "-%'")) {
            while (rows.next()) {
                audited.add(rows.getString(1));
            }
        }
        assertFalse(acknowledged.isEmpty());
        assertTrue(audited.containsAll(acknowledged), "every acknowledged write is kept; missing: "
                + acknowledged.stream().filter(id -> !audited.contains(id)).toList());
    }

    private static void assertOnly503OrSuccess(List<Answer> answers) {
        for (Answer answer : answers) {
            assertTrue(answer.status() == 503 || answer.status() / 100 == 2, "never a 500: " + answer);
            if (answer.status() == 503) {
                assertIsAnUnavailableProblem(answer.contentType(), answer.retryAfter(), answer.body());
            }
        }
    }

    private static void assertIsAnUnavailableProblem(String contentType, String retryAfter, String body) {
        assertEquals("application/problem+json", contentType, body);
        assertTrue(retryAfter != null && retryAfter.matches("[1-9][0-9]*"), "Retry-After: " + retryAfter);
        assertTrue(body.contains("\"status\":503"), body);
        for (String leak : List.of("SQL", "Exception", "jdbc", "org.", "select", "PSQL")) {
            assertFalse(body.contains(leak), "no internals in the body: " + body);
        }
    }

    private void ensureDocument() {
        if (!WITH_DOCUMENT.contains(database)) {
            importUntilAnswered().then().statusCode(200);
            WITH_DOCUMENT.add(database);
        }
    }

    /** Imports the document; a 503 while the pool replaces connections the database cut is tried again, as Retry-After asks. */
    private Response importUntilAnswered() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Response response = given().auth().oauth2(token).contentType("text/plain; charset=UTF-8").body(document())
                    .post(api + "/imports");
            if (response.statusCode() != 503 || System.nanoTime() - deadline > 0) {
                return response;
            }
            LOG.infof("import answered 503 while the pool reconnects; trying again");
        }
    }

    private static String requestId(String label, int n) {
        return "fault-" + label + "-" + n;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).build();
    }

    private URI uri(String path) {
        return URI.create(base() + api + path);
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private String jdbcUrl() {
        return config.getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private DataSource dataSource() {
        return HeldImport.dataSource(jdbcUrl(), LocalPostgres.USER);
    }

    private static long answeredMillisAfter(Answer answer, long nanos) {
        return (answer.sentNanos() + answer.tookNanos() - nanos) / 1_000_000;
    }

    private static long maxMillis(List<Answer> answers, Predicate<Answer> which) {
        return answers.stream().filter(which).mapToLong(Answer::tookMillis).max().orElse(0);
    }

    private static long medianMillis(List<Answer> answers, Predicate<Answer> which) {
        long[] millis = answers.stream().filter(which).mapToLong(Answer::tookMillis).sorted().toArray();
        return millis.length == 0 ? 0 : millis[millis.length / 2];
    }

    private static Map<Integer, Long> statuses(List<Answer> answers, Predicate<Answer> which) {
        return answers.stream().filter(which).collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }
}
