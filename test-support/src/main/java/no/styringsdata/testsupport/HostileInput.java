package no.styringsdata.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sends a service generated hostile requests for every operation of its OpenAPI document, and
 * checks that none gives a 5xx, every error is problem+json without stack traces or SQL, and no
 * rejected write changed the database.
 */
public final class HostileInput {

    /** What must never reach a client: stack traces, exception class names, SQL, driver messages. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat (?:java|org|io|no)\\.|org\\.hibernate|PSQL|SQLState|SQL state|"
                    + "\\bselect .* from |\\binsert into\\b|syntax error at", Pattern.CASE_INSENSITIVE);
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");
    /**
     * Limits the HTTP server enforces before any application code runs (body, request line and
     * header sizes): answered by the server itself, not as problem+json.
     */
    private static final List<Integer> TRANSPORT_LIMITS = List.of(413, 414, 431);

    /** Violations grouped by kind, a few examples of each. */
    private static final class Violations {
        private final Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> counts = new java.util.LinkedHashMap<>();

        void add(String kind, String example) {
            counts.merge(kind, 1, Integer::sum);
            List<String> examples = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            if (examples.size() < 5) {
                examples.add(example);
            }
        }

        List<String> firstOfEachKind() {
            List<String> all = new ArrayList<>();
            byKind.forEach((kind, examples) -> examples.forEach(e -> all.add(kind + " (" + counts.get(kind) + "x): " + e)));
            return all;
        }
    }

    private final URI base;
    private final String token;
    private final Supplier<String> checksum;
    private final List<String> documents;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** What a run found. {@code violations} lists the first problems, each with the request that caused it. */
    public record Report(int tried, int accepted, int rejected, int serverErrors, List<String> violations) {

        @Override
        public String toString() {
            return "hostile requests tried=" + tried + " accepted=" + accepted + " rejected=" + rejected
                    + " 5xx=" + serverErrors + " violations=" + violations.size();
        }
    }

    private record Operation(String method, String path, List<String> pathParams, List<String> queryParams,
                             String bodyType, List<String> bodyProperties) {
    }

    /**
     * @param base      the service's base URI, e.g. {@code http://localhost:8081}
     * @param token     a bearer token with the service's editor role, so that writes reach validation
     * @param checksum  the database's fingerprint (see {@link DatabaseChecksum})
     * @param documents real documents to break for the importers
     */
    public HostileInput(URI base, String token, Supplier<String> checksum, List<String> documents) {
        this.base = base;
        this.token = token;
        this.checksum = checksum;
        this.documents = documents;
    }

    public Report run(String openApiPath, int requests, long seed) throws IOException, InterruptedException {
        List<Operation> operations = operations(openApiPath);
        Random random = new Random(seed);
        Violations violations = new Violations();
        int accepted = 0;
        int rejected = 0;
        int serverErrors = 0;
        String baseline = checksum.get();
        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            HttpRequest request = request(operation, random);
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                violations.add("no answer", request.method() + " " + request.uri() + ": " + e.getMessage());
                continue;
            }
            String what = request.method() + " " + request.uri().toString().substring(0,
                    Math.min(200, request.uri().toString().length())) + " -> " + response.statusCode();
            int status = response.statusCode();
            boolean write = WRITES.contains(request.method());
            if (status >= 500) {
                serverErrors++;
                violations.add("5xx", what + ": " + abbreviate(response.body()));
            } else if (status >= 400) {
                rejected++;
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("application/problem+json") && !TRANSPORT_LIMITS.contains(status)) {
                    violations.add("not problem+json", what + ": '" + type + "'");
                }
                if (write && !baseline.equals(checksum.get())) {
                    violations.add("rejected write changed data", what);
                    baseline = checksum.get();
                }
            } else {
                accepted++;
                if (write) {
                    baseline = checksum.get();
                }
            }
            if (LEAK.matcher(response.body()).find()) {
                violations.add("leak", what + ": " + abbreviate(response.body()));
            }
        }
        return new Report(requests, accepted, rejected, serverErrors, violations.firstOfEachKind());
    }

    private HttpRequest request(Operation operation, Random random) {
        String path = operation.path();
        for (String name : operation.pathParams()) {
            path = path.replace("{" + name + "}", encode(random.nextInt(3) == 0 ? plausible(name) : HostileValues.any(random)));
        }
        StringBuilder query = new StringBuilder();
        for (String name : operation.queryParams()) {
            if (random.nextInt(5) < 3) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                        .append(encode(random.nextInt(3) == 0 ? plausible(name) : HostileValues.any(random)));
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.length() == 0 ? '?' : '&').append("unknown=").append(encode(HostileValues.any(random)));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path + query))
                .timeout(Duration.ofSeconds(30));
        if (random.nextInt(10) > 0) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (random.nextInt(8) == 0) {
            // a header can carry only printable ASCII
            String ifMatch = HostileValues.any(random).replaceAll("[^\\x20-\\x7e]", "");
            builder.header("If-Match", ifMatch.substring(0, Math.min(ifMatch.length(), 200)));
        }
        if (random.nextInt(8) == 0) {
            builder.header("Accept", List.of("text/csv", "application/xml", "*/*", "application/json+stat").get(random.nextInt(4)));
        }
        if (operation.bodyType() == null) {
            return builder.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        byte[] body = operation.bodyType().startsWith("text/plain")
                ? (random.nextInt(4) == 0 ? HostileValues.brokenDocument(random, documents)
                        : HostileValues.any(random).getBytes(StandardCharsets.UTF_8))
                : HostileValues.jsonBody(random, operation.bodyProperties()).getBytes(StandardCharsets.UTF_8);
        String contentType = random.nextInt(10) == 0
                ? List.of("application/xml", "text/plain", "application/json", "multipart/form-data").get(random.nextInt(4))
                : operation.bodyType();
        return builder.header("Content-Type", contentType)
                .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** A value of the right kind for well-known parameter names, so that deeper code is reached too. */
    private static String plausible(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "chapter" -> "740";
            case "post" -> "01";
            case "year", "fromyear", "toyear", "from", "to" -> "2025";
            case "stage", "fromstage", "tostage" -> "forslag";
            case "id" -> "TB2025-43";
            default -> "1";
        };
    }

    private List<Operation> operations(String openApiPath) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + openApiPath))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode document = new ObjectMapper().readTree(response.body());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("path".equals(parameter.path("in").asText())) {
                        pathParams.add(parameter.path("name").asText());
                    } else if ("query".equals(parameter.path("in").asText())) {
                        queryParams.add(parameter.path("name").asText());
                    }
                }
                String bodyType = null;
                List<String> properties = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    bodyType = first.getKey();
                    JsonNode schema = resolve(document, first.getValue().path("schema"));
                    schema.path("properties").fieldNames().forEachRemaining(properties::add);
                }
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), pathParams,
                        queryParams, bodyType, properties));
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("no operations in " + openApiPath);
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
