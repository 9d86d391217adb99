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
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> ProblemResponses.addUnlessDeclared(operation, "503",
                ProblemResponses.problem("503", "The database is unavailable just now; try again after Retry-After seconds")
                        .addHeader("Retry-After", OASFactory.createHeader()
                                .description("Seconds to wait before trying again")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3600))))));
    }
}
