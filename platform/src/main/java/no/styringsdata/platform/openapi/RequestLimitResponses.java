package no.styringsdata.platform.openapi;

import static no.styringsdata.platform.openapi.ProblemResponses.addUnlessDeclared;
import static no.styringsdata.platform.openapi.ProblemResponses.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Declares the answers of {@code rest/RequestLimits} (problem+json) where they can come: 414 and 431 on
 * every operation, 413 on every operation that takes a body. The limits themselves are configuration
 * ({@code styringsdata.http.limits.*}), so the descriptions name them only in kind.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequestLimitResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            addUnlessDeclared(operation, "414", problem("414",
                    "The request target (path and query) is longer than the service accepts (8 KiB by default)"));
            addUnlessDeclared(operation, "431", problem("431",
                    "The header fields are larger than the service accepts (128 KiB in all by default)"));
            if (operation.getRequestBody() != null) {
                addUnlessDeclared(operation, "413", problem("413", "The body is larger than the service accepts (the import "
                        + "documents' limit, 20 MB by default); the rest of the body is read and thrown away before the "
                        + "connection is closed"));
            }
        });
    }
}
