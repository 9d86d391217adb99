package no.styringsdata.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import no.styringsdata.platform.jsonstat.DatasetFormat;
import no.styringsdata.platform.wire.WireNamed;

/**
 * Lets a browser or spreadsheet ask for a format by link: {@code ?format=csv} is the same request as
 * {@code Accept: text/csv}, {@code ?format=json} as {@code Accept: application/json}, and {@code ?format=jsonstat}
 * as {@code Accept: application/json+stat} ({@link DatasetFormat}): the one place a format is chosen by name.
 * {@link FormatCheck} rejects others where an operation answers CSV; one with more formats declares the parameter as
 * its own enum, which does.
 */
@Provider
@PreMatching
public class FormatQueryFilter implements ContainerRequestFilter {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public void filter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        WireNamed.lookup(DatasetFormat.class, format)
                .ifPresent(known -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, known.accept()));
    }
}
