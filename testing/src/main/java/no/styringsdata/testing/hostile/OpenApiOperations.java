package no.styringsdata.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads every operation of an OpenAPI 3 document (JSON), resolving local {@code $ref}s. */
final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    static List<Operation> of(JsonNode document) {
        OpenApiOperations reader = new OpenApiOperations(document);
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> operations.add(reader.operation(method, path.getKey(), path.getValue().get(method)))));
        if (operations.isEmpty()) {
            throw new IllegalStateException("the OpenAPI document has no operations");
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new Operation.Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolve(resolved.path("schema")), exampleOf(resolved)));
        }
        String bodyMediaType = null;
        Map<String, JsonNode> bodyProperties = new LinkedHashMap<>();
        var content = resolve(operation.path("requestBody")).path("content").properties().iterator();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            bodyMediaType = first.getKey();
            resolve(first.getValue().path("schema")).path("properties").properties()
                    .forEach(property -> bodyProperties.put(property.getKey(), resolve(property.getValue())));
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, parameters, bodyMediaType, bodyProperties);
    }

    private static String exampleOf(JsonNode parameter) {
        JsonNode example = parameter.has("example") ? parameter.get("example") : parameter.path("schema").path("example");
        return example.isMissingNode() || example.isNull() ? null : example.asText();
    }

    /** The schema or parameter a {@code $ref} points to, or the node itself. */
    JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return resolve(target);
    }
}
