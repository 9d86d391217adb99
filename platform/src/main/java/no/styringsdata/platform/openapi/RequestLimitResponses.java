package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the answers of {@code rest/RequestLimits} (problem+json) where they can come: 414 and 431 on
 * every operation, 413 on every operation that takes a body. The limits themselves are configuration
 * ({@code styringsdata.http.limits.*}), so the descriptions name them only in kind.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequestLimitResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            add(operation, "414", "The request target (path and query) is longer than the service accepts (8 KiB by default)");
            add(operation, "431", "The header fields are larger than the service accepts (128 KiB in all by default)");
            if (operation.getRequestBody() != null) {
                add(operation, "413", "The body is larger than the service accepts (the import documents' limit, 20 MB by default); "
                        + "the rest of the body is read and thrown away before the connection is closed");
            }
        }));
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemSchemas.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("HttpProblem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
