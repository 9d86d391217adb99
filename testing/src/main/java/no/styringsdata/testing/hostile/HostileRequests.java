package no.styringsdata.testing.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds one hostile request for an operation: each parameter present or not, plausible (a value
 * the test knows to exist) or hostile; a body malformed, huge, or of hostile values; now and then a
 * wrong content type, Accept or If-Match header, and mostly the editor's token so requests get past
 * security to validation, sometimes none or a wrong one.
 */
final class HostileRequests {

    private static final List<String> CONTENT_TYPES = List.of("application/xml", "text/plain", "application/json",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/plain; charset=UTF-16",
            "application/json; charset=latin1", "image/png", "*/*", "nonsense");
    private static final List<String> ACCEPTS = List.of("text/csv", "application/xml", "*/*", "application/json+stat",
            "application/problem+json", "text/html", "image/png", "nonsense");

    private final String base;
    private final Tokens tokens;
    private final Map<String, List<String>> known;
    private final List<String> documents;

    /** The tokens a request may carry: mostly the editor's, so that writes reach validation. */
    record Tokens(String editor, String otherRole) {
    }

    HostileRequests(URI base, Tokens tokens, Map<String, List<String>> known, List<String> documents) {
        this.base = base.toString().replaceAll("/$", "");
        this.tokens = tokens;
        this.known = known;
        this.documents = documents;
    }

    /** A generated request, with the start of its body for the report. */
    record Generated(HttpRequest request, String bodyStart, int bodyLength) {

        @Override
        public String toString() {
            return request.method() + " " + abbreviate(request.uri().toString(), 300)
                    + request.headers().firstValue("Content-Type").map(type -> " (" + type + ")").orElse("")
                    + (bodyStart.isEmpty() ? "" : " body: " + abbreviate(bodyStart, 200));
        }
    }

    Generated next(Operation operation, Random random) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path(operation, random) + query(operation, random)))
                .timeout(Duration.ofSeconds(60));
        authorization(random, request);
        if (random.nextInt(8) == 0) {
            request.header("If-Match", headerSafe(random.nextBoolean() ? "\"" + HostileValues.any(random) + "\"" : HostileValues.any(random)));
        }
        if (random.nextInt(8) == 0) {
            request.header("Accept", HostileValues.pick(random, ACCEPTS));
        }
        if (random.nextInt(500) == 0) {
            request.header("X-Huge", "h".repeat(140_000)); // beyond the 128 KiB all header fields may have
        }
        if (operation.bodyMediaType() == null) {
            return new Generated(request.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build(), "", 0);
        }
        byte[] body = operation.bodyMediaType().startsWith("text/plain")
                ? (random.nextBoolean() ? HostileBodies.brokenDocument(random, documents)
                        : HostileValues.any(random).getBytes(StandardCharsets.UTF_8))
                : HostileBodies.json(random, operation.bodyProperties(), this::knownValues);
        String contentType = random.nextInt(10) == 0 ? HostileValues.pick(random, CONTENT_TYPES) : operation.bodyMediaType();
        return new Generated(request.header("Content-Type", contentType)
                .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8), body.length);
    }

    private String path(Operation operation, Random random) {
        String path = operation.path();
        for (Operation.Parameter parameter : operation.in("path")) {
            String value = random.nextInt(3) == 0 ? HostileValues.any(random) : plausible(parameter, random);
            path = path.replace("{" + parameter.name() + "}", encode(value));
        }
        return path;
    }

    private String query(Operation operation, Random random) {
        StringBuilder query = new StringBuilder();
        for (Operation.Parameter parameter : operation.in("query")) {
            if (random.nextInt(5) < 3) {
                String value = random.nextBoolean() ? HostileValues.any(random) : plausible(parameter, random);
                query.append(query.isEmpty() ? '?' : '&').append(parameter.name()).append('=').append(encode(value));
                if (random.nextInt(20) == 0) { // the same parameter twice
                    query.append('&').append(parameter.name()).append('=').append(encode(HostileValues.any(random)));
                }
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(HostileValues.any(random))).append('=')
                    .append(encode(HostileValues.any(random)));
        }
        return query.toString();
    }

    private void authorization(Random random, HttpRequest.Builder request) {
        int dice = random.nextInt(20);
        if (dice < 17) {
            request.header("Authorization", "Bearer " + tokens.editor());
        } else if (dice == 17) {
            request.header("Authorization", "Bearer " + tokens.otherRole());
        } else if (dice == 18) {
            String tampered = tokens.editor().substring(0, tokens.editor().length() - 2) + "AA";
            request.header("Authorization", HostileValues.pick(random, List.of("Bearer " + tampered, "Bearer x.y.z",
                    "Bearer", "Basic dXNlcjpwYXNz", "Bearer " + headerSafe(HostileValues.any(random)))));
        } // else: no token at all
    }

    private String plausible(Operation.Parameter parameter, Random random) {
        return HostileValues.plausible(random, parameter.schema(), parameter.example(), knownValues(parameter.name()));
    }

    private List<String> knownValues(String name) {
        return known.getOrDefault(name, List.of());
    }

    /** Only printable ASCII can go in a header (the HTTP client refuses the rest). */
    private static String headerSafe(String value) {
        String ascii = value.replaceAll("[^\\x20-\\x7e]", "").strip();
        return ascii.substring(0, Math.min(ascii.length(), 500));
    }

    static String abbreviate(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "…" : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
