package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.ext.Provider;
import no.styringsdata.platform.jsonstat.JsonStat;

/**
 * An answer that would be larger than its limit (a JSON-stat dataset's cells, a cube's groups) is the request's
 * problem: 400 naming the query parameter that made it so, with how large it would be and how to ask for less.
 */
@Provider
public class TooLargeExceptionMapper extends ExceptionMapperBase<JsonStat.TooLarge> {

    @Override
    protected HttpProblem toProblem(JsonStat.TooLarge tooLarge) {
        return Problems.invalidField("query", tooLarge.parameter(), tooLarge.getMessage());
    }
}
