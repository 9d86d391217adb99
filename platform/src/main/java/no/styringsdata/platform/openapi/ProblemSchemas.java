package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import no.styringsdata.platform.problem.Problems;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every {@code application/problem+json} response of a service's OpenAPI document the
 * problem's schema, where the annotations name only the media type (and examples): the problem
 * extension's {@code HttpValidationProblem} (with {@code violations}) for a 400, its
 * {@code HttpProblem} for any other status. Clients can then type the error bodies, and the API
 * tests check every error body against them.
 *
 * <p>It also corrects the extension's {@code instance}: RFC 9457 makes it a URI reference, and ours
 * are relative ({@code /api/budget/chapters/1}), not the absolute {@code format: uri} it declares; and bounds
 * its {@code status} to what an HTTP status code can be (100 to 599).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            for (String name : List.of("HttpProblem", "HttpValidationProblem")) {
                Schema problem = openAPI.getComponents().getSchemas().get(name);
                if (problem == null || problem.getProperties() == null) {
                    continue;
                }
                Schema instance = problem.getProperties().get("instance");
                if (instance != null) {
                    instance.setFormat("uri-reference");
                }
                Schema status = problem.getProperties().get("status");
                if (status != null) {
                    status.setMinimum(BigDecimal.valueOf(100));
                    status.setMaximum(BigDecimal.valueOf(599));
                }
            }
        }
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                MediaType problem = response.getContent() == null ? null : response.getContent().getMediaType(Problems.MEDIA_TYPE);
                if (problem != null && problem.getSchema() == null) {
                    String schema = "400".equals(status) ? "HttpValidationProblem" : "HttpProblem";
                    problem.setSchema(OASFactory.createSchema().ref(schema));
                }
            });
        });
    }
}
