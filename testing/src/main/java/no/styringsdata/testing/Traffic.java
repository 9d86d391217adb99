package no.styringsdata.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A few HTTP clients, each sending its request again and again on its own thread and keeping every
 * answer with when it was sent and how long it took: for tests of what callers see while something
 * fails underneath. A request that gets no answer within {@link #GIVE_UP} is kept with status -1.
 */
public final class Traffic implements AutoCloseable {

    public static final Duration GIVE_UP = Duration.ofSeconds(30);

    /** One answer: client name, the n-th request of that client, send time (System.nanoTime) and duration. */
    public record Answer(String client, int n, long sentNanos, long tookNanos, int status, String contentType,
                         String retryAfter, String body) {

        public long tookMillis() {
            return tookNanos / 1_000_000;
        }

        public boolean sentAfter(long nanos) {
            return sentNanos - nanos > 0;
        }

        public boolean answeredBefore(long nanos) {
            return nanos - (sentNanos + tookNanos) > 0;
        }
    }

    /*
     * HTTP/1.1, as most API clients speak it. The JDK client's default, a cleartext upgrade to HTTP/2 (h2c), now and
     * then left the upgrading request unanswered by the gateway's HTTP server (no request id, answered 30 s later
     * by the client's own timeout) while the requests on other connections were answered at once.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(GIVE_UP).build();
    private final List<Answer> answers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** Starts one thread per client; each sends the request its function makes for the n-th time (from 0). */
    public static Traffic start(Map<String, IntFunction<HttpRequest>> clients) {
        Traffic traffic = new Traffic();
        clients.forEach((name, requests) -> {
            Thread thread = new Thread(() -> traffic.send(name, requests), "traffic-" + name);
            traffic.threads.add(thread);
            thread.start();
        });
        return traffic;
    }

    private void send(String client, IntFunction<HttpRequest> requests) {
        for (int n = 0; running; n++) {
            HttpRequest request = HttpRequest.newBuilder(requests.apply(n), (name, value) -> true).timeout(GIVE_UP).build();
            long sent = System.nanoTime();
            Answer answer;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                answer = new Answer(client, n, sent, System.nanoTime() - sent, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After").orElse(null), response.body());
            } catch (IOException e) {
                answer = new Answer(client, n, sent, System.nanoTime() - sent, -1, "", null, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (answers) {
                answers.add(answer);
                answers.notifyAll();
            }
        }
    }

    /** Every answer so far, in the order they came. */
    public List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** Waits until {@code count} answers match, and returns them; fails after {@code timeout}. */
    public List<Answer> await(int count, Predicate<Answer> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (answers) {
            while (true) {
                List<Answer> matching = answers.stream().filter(condition).toList();
                long left = deadline - System.nanoTime();
                if (matching.size() >= count) {
                    return matching;
                }
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout + " for " + count + " matching answers, got "
                            + matching.size() + "; last answers: " + answers.subList(Math.max(0, answers.size() - 5), answers.size()));
                }
                answers.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Stops the clients after their current request. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(GIVE_UP.toMillis() + 5_000);
        }
    }
}
