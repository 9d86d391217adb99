package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import no.styringsdata.reader.identity.IdentityException;

/**
 * An import whose ministry, agency, year or kind cannot be settled (the text does not say and no
 * parameter does, or a parameter contradicts the text): 422, naming the import parameter at fault.
 */
@Provider
public class IdentityExceptionMapper extends ExceptionMapperBase<IdentityException> {

    @Override
    protected HttpProblem toProblem(IdentityException exception) {
        return HttpProblem.builder()
                .withType(Problems.type("unreadable-document"))
                .withStatus(422)
                .withTitle("Unreadable document")
                .withDetail(exception.field() + ": " + exception.getMessage())
                .with("violations", List.of(Map.of("field", exception.field(), "in", "query",
                        "message", exception.getMessage())))
                .build();
    }
}
