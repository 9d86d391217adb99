package no.styringsdata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Many clients posting the same document to a service's import at the same moment: every one must be
 * answered 200 with an import report, exactly one report says it changed something, and the others that
 * nothing changed (the caller compares the database with a single import's).
 */
public final class ConcurrentImports {

    private static final Logger LOG = Logger.getLogger(ConcurrentImports.class);

    private ConcurrentImports() {
    }

    /** Posts {@code text} to {@code path} from {@code clients} clients at once and checks the answers. */
    public static List<ConcurrentWriters.Reply> race(String label, int clients, String path, String token,
                                                     String text) {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
        long started = System.nanoTime();
        long cpuBefore = ImportOrders.processCpuMillis();
        List<ConcurrentWriters.Reply> replies = new ConcurrentWriters(clients).race(client -> HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build());
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = ImportOrders.processCpuMillis() - cpuBefore;
        for (ConcurrentWriters.Reply reply : replies) {
            assertEquals(200, reply.status(), () -> label + ": client " + reply.writer() + " got " + reply.status()
                    + " " + reply.body());
            assertTrue(reply.contentType().startsWith("application/json"), () -> label + ": " + reply);
        }
        long changed = replies.stream().filter(r -> JsonPath.from(r.body()).getBoolean("changed")).count();
        assertEquals(1, changed, label + ": exactly one of the concurrent imports changes the database");
        LOG.infof("%s: %d concurrent imports of one document in %d ms (%d ms of this JVM's CPU): all 200, %d changed, "
                + "%d unchanged", label, clients, millis, cpuMillis, changed, clients - changed);
        return replies;
    }
}
