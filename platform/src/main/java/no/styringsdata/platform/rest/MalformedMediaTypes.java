package no.styringsdata.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.styringsdata.platform.problem.Problems;

/**
 * Refuses an {@code Accept} or {@code Content-Type} header that is not a media type at all (such as
 * {@code nonsense}) with 400 naming the header: left alone, the server fails to parse it while
 * choosing how to write the answer, and answers 500.
 */
@Provider
@PreMatching
public class MalformedMediaTypes implements ContainerRequestFilter {

    private static final List<String> HEADERS = List.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE);

    @Override
    public void filter(ContainerRequestContext request) {
        for (String header : HEADERS) {
            for (String value : request.getHeaders().getOrDefault(header, List.of())) {
                if (!isMediaTypeList(value)) {
                    request.abortWith(Problems.invalidField("header", header,
                            "must be a media type such as application/json").toResponse());
                    return;
                }
            }
        }
    }

    private static boolean isMediaTypeList(String value) {
        try {
            for (String mediaType : value.split(",")) {
                if (!mediaType.isBlank()) {
                    MediaType.valueOf(mediaType.strip());
                }
            }
            return true;
        } catch (IllegalArgumentException notAMediaType) {
            return false;
        }
    }
}
