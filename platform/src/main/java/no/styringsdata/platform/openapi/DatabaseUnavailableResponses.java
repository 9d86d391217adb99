package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares in every operation the 503 that DatabaseProblemMappers answers when the database is down,
 * hangs or is unreachable (problem+json with {@code Retry-After}): any operation can meet it, and
 * clients should know to try again rather than give up.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DatabaseUnavailableResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("503")) {
                operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                        .description("The database is unavailable just now; try again after Retry-After seconds")
                        .addHeader("Retry-After", OASFactory.createHeader()
                                .description("Seconds to wait before trying again")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3600))))
                        .content(OASFactory.createContent().addMediaType(ProblemSchemas.PROBLEM_JSON,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("HttpProblem")))));
            }
        }));
    }
}
