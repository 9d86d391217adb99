package no.styringsdata.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Lets a browser or spreadsheet ask for a format by link: {@code ?format=csv} is the same request as
 * {@code Accept: text/csv}, and {@code ?format=json} as {@code Accept: application/json}.
 */
@Provider
@PreMatching
public class FormatQueryFilter implements ContainerRequestFilter {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public void filter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null) {
            return;
        }
        String mediaType = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> TEXT_CSV;
            case "json" -> MediaType.APPLICATION_JSON;
            default -> null;
        };
        if (mediaType != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
        }
    }
}
