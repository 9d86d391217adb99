package no.styringsdata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Many writers sending the same {@code If-Match} at the same moment, over real HTTP, to show that
 * exactly one of them wins each version of a record and the others get 412 (no lost update); and
 * many writers creating the same key at once ({@link #race}), to show that one creates it and none
 * gets a 5xx.
 *
 * <p>Every reply of a race is held to what API tests hold RestAssured's to: no 5xx, an error is
 * {@code application/problem+json}, and status, headers and body are what the service's OpenAPI
 * document declares for the operation ({@link OpenApiContract}).
 */
public final class ConcurrentWriters {

    private static final Logger LOG = Logger.getLogger(ConcurrentWriters.class);

    private static final Pattern STATUS_412 = Pattern.compile("\"status\"\\s*:\\s*412\\b");

    /** The record under test: how to read its current ETag, and the request writer {@code writer} sends in a round. */
    public interface Target {

        String currentEtag();

        HttpRequest write(int round, int writer, String ifMatch);
    }

    /** What one writer got back. */
    public record Reply(int writer, int status, HttpHeaders headers, String body) {

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String etag() {
            return header("ETag");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The ETag's version as a number: the order in which the writers' writes were applied. */
        public long version() {
            return Long.parseLong(etag().replaceAll("^(W/)?\"|\"$", ""));
        }

        @Override
        public String toString() {
            return "writer " + writer + ": " + status + " " + contentType() + " ETag " + etag() + " " + body;
        }
    }

    /** How many writers got each status in a race, for the log and the assertions. */
    public record Tally(Map<Integer, Long> byStatus) {

        public long count(int status) {
            return byStatus.getOrDefault(status, 0L);
        }

        @Override
        public String toString() {
            return byStatus.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
        }
    }

    /** The one writer that won a round, and the ETags before and after its write. */
    public record Winner(int round, int writer, String etagBefore, String etagAfter) {
    }

    /** The outcome of all rounds, in order. */
    public record Contest(int writers, List<Winner> winners, int successes, int preconditionFailed) {
    }

    private static final Pattern PROBLEM_JSON = Pattern.compile("^application/problem\\+json\\b");
    private static OpenApiContract contract;

    private final int writers;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    public ConcurrentWriters(int writers) {
        this.writers = writers;
    }

    /** A JSON write to a path of the application under test, with a bearer token and an {@code If-Match}. */
    public static HttpRequest json(String method, String path, String token, String ifMatch, String body) {
        return json(method, path, token, Map.of("If-Match", ifMatch), body);
    }

    /** A JSON write to a path of the application under test, with a bearer token and these headers. */
    public static HttpRequest json(String method, String path, String token, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return request.build();
    }

    /**
     * Runs {@code rounds} races against the target, each with the ETag the previous one left, and
     * checks each: exactly one 2xx, every other writer 412 as problem+json, and the winner's ETag is
     * new and is the one the record has now. Prints the counts under {@code label}.
     */
    public Contest rounds(String label, int rounds, Target target) {
        List<Winner> winners = new ArrayList<>();
        int successes = 0;
        int preconditionFailed = 0;
        for (int round = 1; round <= rounds; round++) {
            String before = target.currentEtag();
            int thisRound = round;
            List<Reply> replies = race(label + " round " + round, writer -> target.write(thisRound, writer, before));
            List<Reply> won = replies.stream().filter(Reply::succeeded).toList();
            List<Reply> stale = replies.stream().filter(r -> r.status() == 412).toList();
            successes += won.size();
            preconditionFailed += stale.size();
            assertEquals(1, won.size(), () -> label + " round " + thisRound + ": " + summary(replies));
            assertEquals(writers - 1, stale.size(), () -> label + " round " + thisRound + ": " + summary(replies));
            for (Reply reply : stale) {
                assertTrue(reply.contentType() != null && reply.contentType().startsWith("application/problem+json")
                        && STATUS_412.matcher(reply.body()).find(), () -> "not a 412 problem: " + reply);
            }
            Reply winner = won.get(0);
            assertNotEquals(before, winner.etag(), label + " round " + round + ": the winner's ETag must be new");
            assertEquals(winner.etag(), target.currentEtag(), label + " round " + round + ": the record's ETag now");
            winners.add(new Winner(round, winner.writer(), before, winner.etag()));
        }
        LOG.infof("%s: writers=%d rounds=%d successes=%d 412s=%d",
                label, writers, rounds, successes, preconditionFailed);
        return new Contest(writers, List.copyOf(winners), successes, preconditionFailed);
    }

    /**
     * Sends every writer's request at once (they wait at one gate) and returns the replies in writer
     * order, each checked as the class says; logs the statuses under {@code label}.
     */
    public List<Reply> race(String label, IntFunction<HttpRequest> request) {
        List<HttpRequest> sent = new ArrayList<>();
        List<Reply> replies = race(writer -> {
            HttpRequest mine = request.apply(writer);
            synchronized (sent) {
                sent.add(mine);
            }
            return mine;
        });
        HttpRequest first = sent.get(0);
        List<String> wrong = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply.status() >= 500) {
                wrong.add("a 5xx: " + reply);
            } else if (reply.status() >= 400 && (reply.contentType() == null || !PROBLEM_JSON.matcher(reply.contentType()).find())) {
                wrong.add("an error that is not problem+json: " + reply);
            }
            contract().check(first.method(), first.uri().getRawPath(), reply.status(), reply.contentType(),
                    name -> reply.header(name), reply.body()).forEach(problem -> wrong.add(problem + " (" + reply + ")"));
        }
        Tally tally = tally(replies);
        LOG.infof("%s: writers=%d %s", label, writers, tally);
        assertTrue(wrong.isEmpty(), () -> label + ": " + tally + "\n" + String.join("\n", wrong));
        return replies;
    }

    /**
     * The one writer of a race that created the record (201), after checking that there is exactly one
     * and that every other writer got one of {@code others}.
     */
    public static Reply onlyCreator(String label, List<Reply> replies, Integer... others) {
        List<Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
        assertEquals(1, created.size(), () -> label + ": exactly one 201, got " + tally(replies));
        List<Integer> allowed = List.of(others);
        replies.stream().filter(r -> r.status() != 201 && !allowed.contains(r.status())).findFirst().ifPresent(r -> {
            throw new AssertionError(label + ": the others may get " + allowed + ", got " + tally(replies) + ", e.g. " + r);
        });
        return created.get(0);
    }

    public static Tally tally(List<Reply> replies) {
        return new Tally(replies.stream().collect(Collectors.groupingBy(Reply::status, TreeMap::new, Collectors.counting())));
    }

    /** Sends every writer's request at once (they wait at one gate) and returns the replies in writer order. */
    public List<Reply> race(IntFunction<HttpRequest> request) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch ready = new CountDownLatch(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int me = writer;
                futures.add(pool.submit(() -> {
                    HttpRequest mine = request.apply(me);
                    ready.countDown();
                    start.await();
                    return send(me, mine);
                }));
            }
            ready.await();
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the writers ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a writer failed to get any answer", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Reply send(int writer, HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(writer, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized OpenApiContract contract() {
        if (contract == null) {
            String path = ConfigProvider.getConfig().getValue("quarkus.smallrye-openapi.path", String.class);
            contract = OpenApiContract.load(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path + "?format=json"));
        }
        return contract;
    }

    private static String summary(List<Reply> replies) {
        StringBuilder statuses = new StringBuilder();
        replies.stream().collect(Collectors.groupingBy(Reply::status,
                TreeMap::new, Collectors.counting()))
                .forEach((status, count) -> statuses.append(status).append('×').append(count).append(' '));
        replies.stream().filter(r -> !r.succeeded() && r.status() != 412).findFirst()
                .ifPresent(r -> statuses.append("e.g. ").append(r.body()));
        return statuses.toString().strip();
    }
}
