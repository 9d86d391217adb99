package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives the headers the form the code writes and reads, wherever a resource declares them. The version headers
 * as {@code rest/Versions} has them: an {@code ETag} is a strong tag of the version number ({@code "3"});
 * {@code If-Match} takes such a tag (weak or strong) or {@code *}; {@code If-None-Match} on a write takes only
 * {@code *}. A {@code Location} or {@code Content-Location} is an absolute URI (JAX-RS makes it so).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HeaderSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                        restrict(parameter.getSchema(), "^(\\*|(W/)?\"\\d{1,18}\")$", 22);
                    } else if ("If-None-Match".equalsIgnoreCase(parameter.getName()) && isString(parameter.getSchema())
                            && parameter.getSchema().getEnumeration() == null) {
                        parameter.getSchema().setEnumeration(List.of("*"));
                    }
                });
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getHeaders() != null) {
                        response.getHeaders().forEach((name, header) -> {
                            if ("ETag".equalsIgnoreCase(name)) {
                                restrict(header.getSchema(), "^\"\\d{1,19}\"$", 21);
                            } else if (("Location".equalsIgnoreCase(name) || "Content-Location".equalsIgnoreCase(name))
                                    && isString(header.getSchema()) && header.getSchema().getFormat() == null) {
                                header.getSchema().setFormat("uri");
                            }
                        });
                    }
                });
            }
        });
    }

    private static void restrict(Schema schema, String pattern, int maxLength) {
        if (isString(schema) && schema.getPattern() == null) {
            schema.setPattern(pattern);
            schema.setMaxLength(maxLength);
        }
    }

    private static boolean isString(Schema schema) {
        return schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }
}
