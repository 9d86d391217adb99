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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A database that is down or unreachable is a 503 with {@code Retry-After}, not a 500: the request
 * may well succeed in a moment, and the pool reconnects by itself (see the platform's
 * META-INF/microprofile-config.properties). The body says no more than that; the log has the cause.
 *
 * <p>A unique violation (SQLState 23505) is a 409 naming the key: another writer created the same
 * record at the same moment by a path that does not serialise on the key (the API's single-record
 * writes do, see {@code KeyLocks}; an import racing one of them may not). PostgreSQL aborted the whole
 * transaction, so nothing of the request, its audit entry included, was written. A deadlock or
 * serialization failure (40P01, 40001) is a 409 to retry, for the same reason.
 */
public class DatabaseProblemMappers {

    private static final Logger LOG = Logger.getLogger(DatabaseProblemMappers.class);
    static final String RETRY_AFTER_SECONDS = "5";
    private static final int MAX_DEPTH = 10;
    private static final String UNIQUE_VIOLATION = "23505";
    /** serialization_failure and deadlock_detected: PostgreSQL rolled the transaction back, a retry may pass. */
    private static final Set<String> CONCURRENCY_FAILURES = Set.of("40001", "40P01");
    private static final Pattern UNIQUE_KEY = Pattern.compile("Key \\(([a-z0-9_, ]+)\\)=");
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
        Optional<SQLException> duplicate = sqlState(exception, UNIQUE_VIOLATION::equals, 0);
        if (duplicate.isPresent()) {
            LOG.debugf("%s: a unique key was taken at the same moment: %s", uri.getRequestUri().getRawPath(),
                    duplicate.get().getMessage());
            List<String> key = uniqueKeyFields(duplicate.get().getMessage());
            return Problems.duplicateKey("Another request created a record with the same "
                                    + (key.isEmpty() ? "key" : String.join(", ", key))
                                    + " at the same moment; nothing of this request was written. Read it again and retry.",
                            key.stream().map(field -> Map.of("field", field,
                                    "message", "another request took this key at the same moment")).toList())
                    .withInstance(instance(uri))
                    .build().toResponse();
        }
        Optional<SQLException> rolledBack = sqlState(exception, CONCURRENCY_FAILURES::contains, 0);
        if (rolledBack.isPresent()) {
            LOG.debugf("%s: the transaction met a concurrent one: %s", uri.getRequestUri().getRawPath(),
                    rolledBack.get().getMessage());
            return HttpProblem.builder(Problems.conflict("The write met a concurrent write to the same records and "
                            + "was rolled back; nothing of it was written. Retry."))
                    .withInstance(instance(uri))
                    .build().toResponse();
        }
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

    /** The first SQLException whose SQLState matches, among the causes and suppressed exceptions, a few levels deep. */
    static Optional<SQLException> sqlState(Throwable failure, Predicate<String> state, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState())) {
            return Optional.of(sql);
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            Optional<SQLException> found = sqlState(suppressed, state, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return sqlState(failure.getCause(), state, depth + 1);
    }

    /**
     * The key's fields as the API names things (camelCase, {@code agency_id} as {@code agency}), read
     * from PostgreSQL's detail {@code Key (post_id, year, stage, agency_id)=(...) already exists};
     * empty when the message does not have it. The values are left out: they are the caller's own.
     */
    static List<String> uniqueKeyFields(String message) {
        Matcher key = UNIQUE_KEY.matcher(String.valueOf(message));
        if (!key.find()) {
            return List.of();
        }
        return Arrays.stream(key.group(1).split(","))
                .map(column -> column.strip().replaceFirst("_id$", ""))
                .map(DatabaseProblemMappers::camelCase)
                .toList();
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = name.length() > 0;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
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
