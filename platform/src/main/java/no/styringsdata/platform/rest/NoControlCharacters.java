package no.styringsdata.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import no.styringsdata.platform.problem.Problems;

/**
 * Refuses a NUL character in the path or a query parameter with 400: no text we store or search may
 * hold one, and PostgreSQL would refuse it deep inside a query.
 */
@Provider
@PreMatching
public class NoControlCharacters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            request.abortWith(Problems.invalidField("path", "path", "must not contain a NUL character").toResponse());
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\u0000') >= 0) {
                    request.abortWith(Problems.invalidField("query", parameter.getKey(),
                            "must not contain a NUL character").toResponse());
                    return;
                }
            }
        }
    }
}
