package no.styringsdata.platform.openapi;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import no.styringsdata.platform.problem.Problems;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** What the filters that declare problem answers share: the walk over the operations, and the answer itself. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Every operation of the document, with its path. */
    static void forEachOperation(OpenAPI openAPI, BiConsumer<String, Operation> action) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> action.accept(path, operation)));
    }

    /** A problem+json answer of the extension's {@code HttpProblem} schema ({@code HttpValidationProblem} for a 400). */
    static APIResponse problem(String status, String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("400".equals(status) ? "HttpValidationProblem" : "HttpProblem"))));
    }

    /** The same, with examples of its body by name. */
    static APIResponse problem(String status, String description, Map<String, Map<String, Object>> examples) {
        APIResponse response = problem(status, description);
        MediaType content = response.getContent().getMediaType(Problems.MEDIA_TYPE);
        examples.forEach((name, body) -> content.addExample(name, OASFactory.createExample().value(body)));
        return response;
    }

    /**
     * Adds the answer unless the operation declares that status itself with a body (its own words win). One
     * declared without a body is a placeholder: Quarkus adds a bare 400 "Bad Request" to operations that validate,
     * and a bare 401 "Not Authorized" and 403 "Not Allowed" to secured ones, where the answer is a problem.
     */
    static void addUnlessDeclared(Operation operation, String status, APIResponse response) {
        if (operation.getResponses() == null) {
            return;
        }
        APIResponse declared = operation.getResponses().getAPIResponse(status);
        if (declared == null || declared.getContent() == null) {
            operation.getResponses().addAPIResponse(status, response);
        }
    }

    /** Whether the operation takes a parameter of this name in this place ("header", "query", "path"). */
    static boolean hasParameter(Operation operation, String in, String name) {
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(parameter -> parameter.getIn() != null
                && parameter.getIn().toString().equalsIgnoreCase(in) && name.equalsIgnoreCase(parameter.getName()));
    }
}
