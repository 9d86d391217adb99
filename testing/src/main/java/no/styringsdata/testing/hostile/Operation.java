package no.styringsdata.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One operation of an OpenAPI document: what the generator needs to build requests for it. A body
 * is described by its media type and, for a JSON object, its properties' (resolved) schemas.
 */
record Operation(String method, String path, List<Parameter> parameters, String bodyMediaType,
                 Map<String, JsonNode> bodyProperties) {

    /** A path, query or header parameter, with its (resolved) schema and the document's example. */
    record Parameter(String name, String in, JsonNode schema, String example) {
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
