package no.styringsdata.assignment.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import no.styringsdata.assignment.service.AmbiguousIdException;
import no.styringsdata.platform.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An id that several agencies' assignments have, asked for without saying whose: 409 listing each
 * candidate with the URL that names it (documented as {@link no.styringsdata.assignment.dto.AmbiguousIdProblem}).
 */
public class AmbiguousIdMapper {

    @ServerExceptionMapper
    public Response ambiguous(AmbiguousIdException exception, UriInfo uri) {
        var candidates = exception.candidates().stream().map(c -> {
            Map<String, Object> candidate = new LinkedHashMap<>();
            candidate.put("agency", c.agencyId());
            candidate.put("agencyName", c.agencyName());
            candidate.put("ministry", c.ministryCode());
            candidate.put("url", url(uri, exception.id(), c.agencyId()));
            return candidate;
        }).toList();
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
    static String url(UriInfo uri, String id, String agency) {
        URI absolute = uri.getBaseUriBuilder().path(id).queryParam("agency", agency).build();
        return absolute.getRawPath() + "?" + absolute.getRawQuery();
    }
}
