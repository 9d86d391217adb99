package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A query or path parameter that cannot be converted to its type (a year of "abc") is the
 * caller's mistake: JAX-RS reports it as 404 Not Found, this answers 400 with the value at fault.
 * A converter that names the parameter itself (see {@code TypedParams}) throws its problem, which
 * JAX-RS wraps the same way: it is answered as it is.
 */
public class ParameterProblemMappers {

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException exception, UriInfo uri) {
        URI instance = URI.create(uri.getRequestUri().getRawPath());
        if (exception.getCause() instanceof HttpProblem named) {
            return logged(HttpProblem.builder(named).withInstance(instance).build());
        }
        if (exception.getCause() instanceof IllegalArgumentException wrongType) {
            return logged(HttpProblem.builder()
                    .withType(Problems.type("invalid-request"))
                    .withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Bad Request")
                    .withDetail("A parameter has a value of the wrong type (" + wrongType.getMessage()
                            + "); see the operation's parameters in the OpenAPI document.")
                    .withInstance(instance)
                    .build());
        }
        return logged(HttpProblem.builder()
                .withType(Problems.type("not-found"))
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail("Nothing is at this path.")
                .withInstance(instance)
                .build());
    }

    private static Response logged(HttpProblem problem) {
        ClientProblemLog.log(problem);
        return problem.toResponse();
    }
}
