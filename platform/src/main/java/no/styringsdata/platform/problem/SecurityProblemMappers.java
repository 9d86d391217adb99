package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. The problem extension's own security mappers (3.21) call a field
 * that Quarkus 3.33 no longer has and end in a 500, so these take precedence (priority 1).
 */
public class SecurityProblemMappers {

    private static final String BEARER_CHALLENGE = "Bearer";

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException exception, UriInfo uri) {
        return notAuthenticated(uri, "This operation needs a bearer token (JWT) with an editor role.");
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri) {
        return notAuthenticated(uri, "The bearer token is not valid for this service (signature, algorithm, issuer, audience, "
                + "expiry, not-before, groups or length).");
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return HttpProblem.builder()
                .withType(Problems.type("forbidden"))
                .withStatus(Response.Status.FORBIDDEN)
                .withTitle("Forbidden")
                .withDetail("The bearer token does not carry the role this operation needs.")
                .withInstance(URI.create(uri.getRequestUri().getRawPath()))
                .build().toResponse();
    }

    private static Response notAuthenticated(UriInfo uri, String detail) {
        return HttpProblem.builder()
                .withType(Problems.type("unauthorized"))
                .withStatus(Response.Status.UNAUTHORIZED)
                .withTitle("Unauthorized")
                .withDetail(detail)
                .withInstance(URI.create(uri.getRequestUri().getRawPath()))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .build().toResponse();
    }
}
