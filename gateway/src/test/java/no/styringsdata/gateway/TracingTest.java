package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * One trace from the client through the gateway into the service: the gateway's span is the parent of what it
 * sends on (W3C {@code traceparent}), and the service's log line of the request carries the gateway's trace id.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class TracingTest {

    private static final Logger LOG = Logger.getLogger(TracingTest.class);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path ASSIGNMENT_LOG = Path.of("target/assignment-service.log");

    @Inject
    RecordedSpans spans;

    @Test
    void theServiceLogsTheTraceIdOfTheGatewaysSpan() {
        String requestId = "trace-" + UUID.randomUUID();
        long start = System.nanoTime();
        given().auth().oauth2(ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class))
                .header("X-Request-Id", requestId)
                .contentType("text/plain; charset=UTF-8").body("no document at all\n12 34")
                .post("/api/assignments/imports")
                .then().statusCode(422).header("X-Request-Id", requestId);

        JsonObject line = await("the service's JSON log line with request id " + requestId, () -> serviceLogLine(requestId));
        String traceId = line.getJsonObject("mdc").getString("traceId");
        SpanData gatewaySpan = await("the gateway's server span of trace " + traceId, () -> spans.all().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId))
                .findFirst());
        LOG.infof("one trace %s: gateway span %s '%s', service log line %s; %d ms", traceId, gatewaySpan.getSpanId(),
                gatewaySpan.getName(), line.getString("message"), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void theGatewaySendsItsOwnSpanContextOnNotTheClientsHeader() {
        String clientTraceId = UUID.randomUUID().toString().replace("-", "");
        String clientSpanId = clientTraceId.substring(0, 16);
        String sent = given().header("traceparent", "00-" + clientTraceId + "-" + clientSpanId + "-01")
                .get("/api/echo/traced")
                .then().statusCode(200)
                .extract().path("headers.traceparent");

        String[] parts = sent.split("-");
        assertEquals(clientTraceId, parts[1], "the gateway continues the client's trace: " + sent);
        assertNotEquals(clientSpanId, parts[2], "the parent is the gateway's span, not the client's: " + sent);
        SpanData parent = await("the gateway's span " + parts[2], () -> spans.all().stream()
                .filter(span -> span.getSpanId().equals(parts[2])).findFirst());
        assertEquals(clientTraceId, parent.getTraceId());
        assertTrue(parent.getKind() == SpanKind.CLIENT || parent.getKind() == SpanKind.SERVER, parent::toString);
        LOG.infof("gateway's %s span %s '%s' sent on as %s", parent.getKind(), parent.getSpanId(), parent.getName(), sent);
    }

    private static Optional<JsonObject> serviceLogLine(String requestId) {
        try {
            for (String text : Files.readAllLines(ASSIGNMENT_LOG)) {
                if (text.contains(requestId)) {
                    JsonObject line = new JsonObject(text);
                    if (requestId.equals(line.getJsonObject("mdc", new JsonObject()).getString("requestId"))) {
                        return Optional.of(line);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | DecodeException e) {
            throw new IllegalStateException("reading " + ASSIGNMENT_LOG, e);
        }
    }

    /** Polls until the thing is there: log lines are written and spans exported a moment after the answer. */
    private static <T> T await(String what, Supplier<Optional<T>> find) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<T> found = find.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not found within " + WAIT + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
