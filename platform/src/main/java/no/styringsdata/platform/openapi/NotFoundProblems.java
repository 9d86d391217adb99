package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import no.styringsdata.platform.problem.Problems;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives a 404 that an operation declares by its description alone ({@code "No such chapter"}) an example of the
 * problem {@code Problems.notFound} answers, with that description as its detail: each resource says what is not
 * there, and the shape is said once.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NotFoundProblems implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            APIResponse declared = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("404");
            if (declared == null) {
                return;
            }
            MediaType problem = declared.getContent() == null ? null : declared.getContent().getMediaType(Problems.MEDIA_TYPE);
            if (problem == null || problem.getExamples() == null || problem.getExamples().isEmpty()) {
                // A new answer rather than an example added: the content declared may be one object shared by several.
                String description = declared.getDescription();
                operation.getResponses().addAPIResponse("404", ProblemResponses.problem("404", description, Map.of(
                        "not found", ProblemExamples.notFound(description, ProblemExamples.instance(path, operation)))));
            }
        });
    }
}
