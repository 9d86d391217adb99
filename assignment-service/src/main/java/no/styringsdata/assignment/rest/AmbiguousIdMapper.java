package no.styringsdata.assignment.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import no.styringsdata.assignment.dto.AmbiguousIdProblem;
import no.styringsdata.assignment.service.AmbiguousIdException;
import no.styringsdata.platform.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An id that several agencies' assignments have, asked for without saying whose: 409 listing each
 * candidate with the URL that names it (documented as {@link AmbiguousIdProblem}, whose candidates it sends).
 */
public class AmbiguousIdMapper {

    @ServerExceptionMapper
    public Response ambiguous(AmbiguousIdException exception, UriInfo uri) {
        var candidates = exception.candidates().stream().map(c -> new AmbiguousIdProblem.Candidate(c.agencyId(),
                c.agencyName(), c.ministryCode(), url(uri, exception.id(), c.agencyId()))).toList();
        return HttpProblem.builder()
                .withType(Problems.type("ambiguous-id"))
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Conflict")
                .withDetail(exception.id() + " is the id of assignments of " + candidates.size()
                        + " agencies: give `agency` to choose one (the candidates' `url`).")
                .withInstance(URI.create(uri.getRequestUri().getRawPath()))
                .with("candidates", candidates)
                .build().toResponse();
    }

    /** The assignment's own URL, relative so that it holds behind the gateway too: {@code /api/assignments/TB2025-43?agency=…}. */
    private static String url(UriInfo uri, String id, String agency) {
        URI absolute = uri.getBaseUriBuilder().path(id).queryParam("agency", agency).build();
        return absolute.getRawPath() + "?" + absolute.getRawQuery();
    }
}
