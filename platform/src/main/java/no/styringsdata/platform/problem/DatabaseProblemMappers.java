package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A database that is down or unreachable is a 503 with {@code Retry-After}, not a 500: the request
 * may well succeed in a moment, and the pool reconnects by itself (see the platform's
 * META-INF/microprofile-config.properties). The body says no more than that; the log has the cause.
 */
public class DatabaseProblemMappers {

    private static final Logger LOG = Logger.getLogger(DatabaseProblemMappers.class);
    static final String RETRY_AFTER_SECONDS = "5";
    private static final int MAX_DEPTH = 10;
    /** How Hibernate reports that it could not get a connection from the pool. */
    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";

    @ServerExceptionMapper(priority = 1)
    public Response persistence(PersistenceException exception, UriInfo uri) {
        return problem(exception, uri);
    }

    /**
     * A commit that failed, e.g. because the connection was cut: the transaction interceptor throws the
     * checked RollbackException, which ArC wraps; the cause is a suppressed exception of it.
     */
    @ServerExceptionMapper(priority = 1)
    public Response undeclared(ArcUndeclaredThrowableException exception, UriInfo uri) {
        return problem(exception, uri);
    }

    private static Response problem(Exception exception, UriInfo uri) {
        if (!databaseUnavailable(exception)) {
            // what the problem extension answers to any other exception
            LOG.error("Request failed", exception);
            return HttpProblem.builder()
                    .withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                    .withTitle("Internal Server Error")
                    .withInstance(instance(uri))
                    .build().toResponse();
        }
        LOG.warnf("%s: the database is unavailable: %s", uri.getRequestUri().getRawPath(), rootCause(exception));
        return HttpProblem.builder()
                .withType(Problems.type("service-unavailable"))
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail("The service cannot reach its database just now. Try again shortly.")
                .withInstance(instance(uri))
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build().toResponse();
    }

    /**
     * Whether the failure comes from a connection that could not be had or was lost: SQLState class 08
     * (connection exception), 57P01-57P03 (the server shuts down, crashed or is starting up), or the
     * pool's acquisition timeout (Agroal gives that one no SQLState), or any failure to get a connection
     * at all (with a hung database the pool's timeout interrupts a connection attempt, which the driver
     * reports as an "unusual" error, SQLState 99999). Causes and suppressed exceptions are searched, a
     * few levels deep.
     */
    static boolean databaseUnavailable(Throwable failure) {
        return databaseUnavailable(failure, 0);
    }

    private static boolean databaseUnavailable(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return false;
        }
        if (failure instanceof JDBCConnectionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof JDBCException jdbc && String.valueOf(jdbc.getMessage()).startsWith(NO_CONNECTION)
                || failure instanceof SQLException sql && (connectionState(sql.getSQLState()) || acquisitionTimeout(sql))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (databaseUnavailable(suppressed, depth + 1)) {
                return true;
            }
        }
        return databaseUnavailable(failure.getCause(), depth + 1);
    }

    private static boolean acquisitionTimeout(SQLException exception) {
        return exception.getSQLState() == null
                && String.valueOf(exception.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    private static boolean connectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.matches("57P0[123]"));
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static URI instance(UriInfo uri) {
        return URI.create(uri.getRequestUri().getRawPath());
    }
}
