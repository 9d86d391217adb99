package no.styringsdata.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A service's OpenAPI 3.1 document, and the check of one response against it: is the path and
 * method documented, is the status declared, is the content type one the status declares, are
 * its required headers there, and does a JSON body match the declared schema (with the OpenAPI
 * 3.1 dialect of networknt's JSON Schema validator).
 *
 * <p>Stricter than the document in one respect: an object schema that lists its properties and
 * says nothing about others is read with {@code additionalProperties: false}, so that a field the
 * code sends and the document does not name is drift too.
 */
public final class OpenApiContract {

    private static final String DOCUMENT = "https://contract.invalid/openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<PathTemplate> paths;

    private OpenApiContract(JsonNode document) {
        this.document = document;
        String text = document.toString();
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(DOCUMENT, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        this.paths = new ArrayList<>();
        document.path("paths").properties().forEach(path -> paths.add(new PathTemplate(path.getKey())));
        // A literal segment wins over a template: /summary before /{id}.
        paths.sort(Comparator.comparingInt(PathTemplate::templates));
    }

    /** Reads the document as JSON from a running service. */
    public static OpenApiContract load(URI document) {
        try {
            try (var in = document.toURL().openStream()) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the OpenAPI document at " + document, e);
        }
    }

    /** The document, as JSON text. */
    public static OpenApiContract parse(String json) {
        try {
            JsonNode document = new ObjectMapper().readTree(json);
            closeObjects(document);
            return new OpenApiContract(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the document has this path (a concrete request path, e.g. /api/budget/chapters/740). */
    public boolean documents(String path) {
        return find(path).isPresent();
    }

    /** Whether the document has this method on this path. */
    public boolean documents(String method, String path) {
        return find(path).map(p -> document.path("paths").path(p.path).has(method.toLowerCase(Locale.ROOT))).orElse(false);
    }

    /**
     * What is wrong with this response to {@code method path}, by the document; empty when nothing.
     *
     * @param header the response's header values by name (case-insensitive lookup is the caller's)
     */
    public List<String> check(String method, String path, int status, String contentType, Function<String, String> header,
            String body) {
        String operationName = method.toUpperCase(Locale.ROOT) + " " + path;
        Optional<PathTemplate> template = find(path);
        if (template.isEmpty()) {
            return List.of(operationName + ": the document has no such path");
        }
        String methodKey = method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(template.get().path).path(methodKey);
        if (operation.isMissingNode()) {
            return List.of(operationName + ": the document has no " + method.toUpperCase(Locale.ROOT) + " on " + template.get().path);
        }
        JsonNode responses = operation.path("responses");
        String statusKey = firstPresent(responses, String.valueOf(status), status / 100 + "XX", "default");
        if (statusKey == null) {
            return List.of(operationName + ": status " + status + " is not declared (declared: " + names(responses) + ")");
        }
        JsonNode response = responses.path(statusKey);
        List<String> problems = new ArrayList<>();
        response.path("headers").properties().forEach(declared -> {
            if (declared.getValue().path("required").asBoolean(false) && header.apply(declared.getKey()) == null) {
                problems.add(operationName + " -> " + status + ": required header " + declared.getKey() + " is missing");
            }
        });
        JsonNode content = response.path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                problems.add(operationName + " -> " + status + ": a body came (" + contentType + "), the document declares none");
            }
            return problems;
        }
        String mediaType = mediaType(contentType);
        String declared = firstMatching(content, mediaType);
        if (declared == null) {
            problems.add(operationName + " -> " + status + ": content type " + contentType + " is not declared (declared: "
                    + names(content) + ")");
            return problems;
        }
        if (content.path(declared).has("schema") && isJson(mediaType)) {
            String pointer = "/paths/" + escape(template.get().path) + "/" + methodKey + "/responses/" + escape(statusKey)
                    + "/content/" + escape(declared) + "/schema";
            List<Error> errors = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer)).validate(hasBody ? body : "null",
                    InputFormat.JSON);
            errors.forEach(error -> problems.add(operationName + " -> " + status + " " + declared + ": " + error));
        }
        return problems;
    }

    private Optional<PathTemplate> find(String path) {
        return paths.stream().filter(template -> template.matches(path)).findFirst();
    }

    private static String firstPresent(JsonNode node, String... names) {
        for (String name : names) {
            if (node.has(name)) {
                return name;
            }
        }
        return null;
    }

    private static String firstMatching(JsonNode content, String mediaType) {
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
            String declared = entry.getKey();
            String type = mediaType(declared);
            if (type.equals(mediaType) || type.equals("*/*")
                    || type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1))) {
                return declared;
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        // application/json, a +json suffix (problem+json), or JSON-stat's application/json+stat
        return mediaType.equals("application/json") || mediaType.endsWith("+json") || mediaType.startsWith("application/json+");
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** additionalProperties: false wherever an object schema lists properties and is silent on others. */
    private static void closeObjects(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("additionalProperties", false);
            }
        }
        node.properties().forEach(field -> {
            if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                closeObjects(field.getValue());
            }
        });
        if (node.isArray()) {
            node.forEach(OpenApiContract::closeObjects);
        }
    }

    private static final class PathTemplate {
        private final String path;
        private final Pattern pattern;

        PathTemplate(String path) {
            this.path = path;
            this.pattern = Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
        }

        int templates() {
            return (int) path.chars().filter(c -> c == '{').count();
        }

        boolean matches(String requestPath) {
            return pattern.matcher(requestPath).matches();
        }
    }
}
