package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The observability every service promises (docs/deploy.md), checked through its API: an import is counted, timed
 * and logged with its request id and the trace id of the caller's {@code traceparent}, and {@code /q/metrics} lists
 * the HTTP server, connection pool and import meters.
 */
public final class Observability {

    private static final Logger LOG = Logger.getLogger(Observability.class);
    private static final String IMPORT_LOGGER = "no.styringsdata.platform.importing.ImportMetrics";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    private Observability() {
    }

    /** An import as a service's editor sends it. */
    public record Import(String service, String path, String editorToken, String document, Map<String, String> query) {
    }

    /**
     * Imports the document with a request id and a {@code traceparent} of its own, and checks the response, the
     * log line of the import and the meters it moved. Returns the import report.
     */
    public static JsonPath assertImportObserved(Import anImport) {
        String requestId = "observability-" + UUID.randomUUID();
        String traceId = hex(16);
        Map<String, Double> before = scrape();
        Response response;
        List<ExtLogRecord> lines;
        try (LogCapture capture = LogCapture.of(IMPORT_LOGGER)) {
            long start = System.nanoTime();
            response = given().auth().oauth2(anImport.editorToken()).contentType("text/plain; charset=UTF-8")
                    .header("X-Request-Id", requestId)
                    .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                    .queryParams(anImport.query()).body(anImport.document())
                    .post(anImport.path());
            LOG.infof("import through %s took %d ms", anImport.path(), (System.nanoTime() - start) / 1_000_000);
            lines = capture.records();
        }
        assertEquals(200, response.statusCode(), response::asString);
        assertEquals(requestId, response.header("X-Request-Id"), "the request id comes back");
        JsonPath report = response.jsonPath();

        List<ExtLogRecord> ofThisRequest = lines.stream().filter(line -> requestId.equals(line.getMdc("requestId"))).toList();
        assertEquals(1, ofThisRequest.size(), () -> "one import log line with the request id; captured: " + describe(lines));
        ExtLogRecord line = ofThisRequest.get(0);
        assertEquals(traceId, line.getMdc("traceId"), () -> "the log line is in the caller's trace: " + describe(lines));
        LOG.infof("import log line: %s %s", line.getMdcCopy(), line.getFormattedMessage());

        Map<String, Double> after = scrape();
        String kind = report.getString("kind");
        String outcome = report.getBoolean("changed") ? "changed" : "unchanged";
        Map<String, String> imports = Map.of("service", anImport.service(), "kind", kind, "outcome", outcome);
        assertEquals(1.0, delta(before, after, "styringsdata_imports_seconds_count", imports), "one import counted");
        assertTrue(delta(before, after, "styringsdata_imports_seconds_sum", imports) > 0, "its duration");
        Map<String, String> ofKind = Map.of("service", anImport.service(), "kind", kind);
        assertEquals(rows(report), delta(before, after, "styringsdata_import_rows_total", ofKind), "rows read");
        assertEquals(report.getList("warnings").size(), delta(before, after, "styringsdata_import_warnings_total", ofKind),
                "warnings");
        // The timer's uri is the resource's template, without the service's prefix (quarkus.rest.path).
        String uri = anImport.path().substring(anImport.path().lastIndexOf('/'));
        Map<String, String> http = Map.of("method", "POST", "uri", uri, "status", "200");
        assertEquals(1.0, delta(before, after, "http_server_requests_seconds_count", http), () -> "the HTTP server timer: "
                + after.keySet().stream().filter(key -> key.startsWith("http_server_requests_seconds_count")).toList());
        assertTrue(after.keySet().stream().anyMatch(key -> key.startsWith("http_server_requests_seconds_bucket{")
                && uri.equals(labels(key).get("uri"))), "latency buckets, for a p99");
        for (String pool : List.of("agroal_active_count", "agroal_max_used_count", "agroal_awaiting_count",
                "agroal_available_count")) {
            assertTrue(after.keySet().stream().anyMatch(key -> key.startsWith(pool + "{")), () -> pool + " is listed");
        }
        return report;
    }

    /** A request that comes without an id gets one, in the response and in the log line of its import. */
    public static void assertRejectedImportObserved(Import anImport) {
        Map<String, Double> before = scrape();
        Response response;
        List<ExtLogRecord> lines;
        try (LogCapture capture = LogCapture.of(IMPORT_LOGGER)) {
            response = given().auth().oauth2(anImport.editorToken()).contentType("text/plain; charset=UTF-8")
                    .queryParams(anImport.query()).body("lorem ipsum dolor\nsit amet 12 34")
                    .post(anImport.path());
            lines = capture.records();
        }
        assertEquals(422, response.statusCode(), response::asString);
        String requestId = response.header("X-Request-Id");
        assertTrue(requestId != null && requestId.matches("[0-9a-f-]{36}"), () -> "a new request id: " + requestId);
        assertTrue(lines.stream().anyMatch(line -> requestId.equals(line.getMdc("requestId"))
                        && String.valueOf(line.getMdc("traceId")).matches("[0-9a-f]{32}")),
                () -> "the log line has the new request id and a trace id: " + describe(lines));
        Map<String, String> rejected = Map.of("service", anImport.service(), "kind", "unknown", "outcome", "rejected");
        assertEquals(1.0, delta(before, scrape(), "styringsdata_imports_seconds_count", rejected), "one rejected import");
    }

    private static double rows(JsonPath report) {
        double rows = 0;
        for (Map<String, Object> section : report.<Map<String, Object>>getList("sections")) {
            @SuppressWarnings("unchecked")
            Map<String, Number> found = (Map<String, Number>) section.get("found");
            rows += found.entrySet().stream().filter(e -> !e.getKey().equals("tables"))
                    .mapToDouble(e -> e.getValue().doubleValue()).sum();
        }
        return rows;
    }

    /** Every sample of {@code /q/metrics}, by {@code name{labels}} as written. */
    public static Map<String, Double> scrape() {
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (!line.startsWith("#") && sample.matches()) {
                samples.put(sample.group(1) + "{" + (sample.group(3) == null ? "" : sample.group(3)) + "}",
                        Double.parseDouble(sample.group(4)));
            }
        }
        return samples;
    }

    /** The sum of the samples of {@code name} that have all the given labels. */
    public static double sum(Map<String, Double> samples, String name, Map<String, String> labels) {
        double sum = 0;
        for (Map.Entry<String, Double> sample : samples.entrySet()) {
            String key = sample.getKey();
            if (key.startsWith(name + "{") && labels(key).entrySet().containsAll(labels.entrySet())) {
                sum += sample.getValue();
            }
        }
        return sum;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String name, Map<String, String> labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }

    private static Map<String, String> labels(String key) {
        Map<String, String> labels = new HashMap<>();
        Matcher label = LABEL.matcher(key.substring(key.indexOf('{')));
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return labels;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        StringBuilder hex = new StringBuilder();
        for (byte b : random) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static String describe(List<ExtLogRecord> lines) {
        return lines.stream().map(line -> line.getMdcCopy() + " " + line.getFormattedMessage()).toList().toString();
    }

    /** Collects what a logger writes, with the MDC as it was when each line was written. */
    static final class LogCapture extends Handler implements AutoCloseable {

        private final java.util.logging.Logger logger;
        private final List<ExtLogRecord> records = new ArrayList<>();

        private LogCapture(String category) {
            logger = java.util.logging.Logger.getLogger(category);
            logger.addHandler(this);
        }

        static LogCapture of(String category) {
            return new LogCapture(category);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (record instanceof ExtLogRecord line) {
                line.copyMdc();
                records.add(line);
            }
        }

        synchronized List<ExtLogRecord> records() {
            return List.copyOf(records);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
