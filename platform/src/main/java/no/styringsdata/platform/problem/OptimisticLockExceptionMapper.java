package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A write whose UPDATE found the record's version changed under it (a {@code @Version} column):
 * another writer won the race. With {@code If-Match} that is the caller's stale version, 412; without
 * one the caller set no precondition, so it is a 409 to retry. Never a 500.
 */
@Provider
public class OptimisticLockExceptionMapper extends ExceptionMapperBase<OptimisticLockException> {

    @Context
    HttpHeaders headers;

    @Override
    protected HttpProblem toProblem(OptimisticLockException exception) {
        return headers.getHeaderString(HttpHeaders.IF_MATCH) != null
                ? Problems.staleVersion("Another writer changed it while you wrote; read it again and retry.")
                : Problems.conflict("Another writer changed it at the same moment; read it again and retry.");
    }
}
