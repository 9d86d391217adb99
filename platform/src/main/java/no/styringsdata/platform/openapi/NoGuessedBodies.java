package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Removes the body SmallRye guesses for a resource method that returns a JAX-RS {@code Response}:
 * a media type with an empty schema ({@code {}}) and no examples, which says "some JSON" where the writes answer
 * with headers only (200 with an {@code ETag}). A response that does have a body declares it in its
 * annotations, and the API tests fail on a body the document does not declare.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NoGuessedBodies implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                        .allMatch(NoGuessedBodies::guessed)) {
                    response.setContent(null);
                }
            });
        }));
    }

    private static boolean guessed(MediaType mediaType) {
        Schema schema = mediaType.getSchema();
        // An annotation that names only a media type leaves no schema at all; the guess leaves an empty one.
        boolean emptySchema = schema != null && schema.getRef() == null && schema.getType() == null
                && schema.getProperties() == null && schema.getAllOf() == null && schema.getAnyOf() == null
                && schema.getOneOf() == null && schema.getItems() == null;
        return emptySchema && (mediaType.getExamples() == null || mediaType.getExamples().isEmpty())
                && mediaType.getExample() == null;
    }
}
