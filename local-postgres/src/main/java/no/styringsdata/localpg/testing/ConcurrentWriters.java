package no.styringsdata.localpg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Many writers sending the same {@code If-Match} at the same moment, over real HTTP, to show that
 * exactly one of them wins each version of a record and the others get 412 (no lost update).
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
    public record Reply(int writer, int status, String contentType, String etag, String body) {

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    /** The one writer that won a round, and the ETags before and after its write. */
    public record Winner(int round, int writer, String etagBefore, String etagAfter) {
    }

    /** The outcome of all rounds, in order. */
    public record Contest(int writers, List<Winner> winners, int successes, int preconditionFailed) {
    }

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
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
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
            List<Reply> replies = race(writer -> target.write(thisRound, writer, before));
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
            return new Reply(writer, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
