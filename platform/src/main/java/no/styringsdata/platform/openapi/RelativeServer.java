package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Names the server the paths are relative to: {@code /}, the host the document was read from. The paths carry
 * the full public prefix ({@code /api/budget/...}), so the same document serves the gateway and each service
 * alike, whatever host and environment they run in (the description says so, as the OWASP rules ask). The
 * audience is the public ({@code x-internal: false}): the services' APIs are what the gateway publishes.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RelativeServer implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("Wherever the document is read, local, test or production: the gateway or the service "
                            + "itself (the paths carry the full prefix)")
                    .addExtension("x-internal", false));
        }
    }
}
