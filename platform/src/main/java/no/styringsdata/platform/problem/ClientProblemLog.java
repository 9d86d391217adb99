package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Problems of the client's making (4xx) are logged at DEBUG. The problem extension logs every problem it answers
 * under the category {@code http-problem}: 5xx at ERROR with the cause, which stays, and 4xx at INFO, a line per
 * refused request (some 8 000 per hostile-input test), which that category's level (WARN, in the platform's
 * microprofile-config.properties) keeps out; this logs them one level down instead.
 */
@ApplicationScoped
public class ClientProblemLog implements ProblemPostProcessor {

    private static final Logger LOG = Logger.getLogger(ClientProblemLog.class);

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        log(problem);
        return problem;
    }

    /** For the mappers that answer without the problem extension (parameters JAX-RS could not convert). */
    static void log(HttpProblem problem) {
        if (problem.getStatusCode() < 500 && LOG.isDebugEnabled()) {
            LOG.debugf("status=%d, title=\"%s\", detail=\"%s\", type=%s, instance=%s, %s", problem.getStatusCode(),
                    problem.getTitle(), problem.getDetail(), problem.getType(), problem.getInstance(),
                    problem.getParameters());
        }
    }
}
