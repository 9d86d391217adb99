package no.styringsdata.platform.caching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The version of everything the service's reads answer: bumped by every transaction that wrote, when it
 * commits (platform {@code V3__read_version.sql}). Read from PostgreSQL on every read, one indexed row, so
 * that every replica sees every write at once; nothing is kept in memory.
 */
@ApplicationScoped
public class ReadVersion {

    /**
     * The read version as an SQL expression, for a read that takes it in its own statement (one snapshot with
     * its answer) and hands it to {@link QueriedReadVersion}.
     */
    public static final String SQL = "(SELECT version || '@' || extract(epoch FROM changed_at) FROM caching.read_version)";

    @Inject
    DataSource dataSource;

    /** The counter and the moment it was bumped (seconds since 1970 as text, independent of time zones). */
    public String current() {
        try (Connection db = connection();
                Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT " + SQL)) {
            if (!row.next() || row.getString(1) == null) {
                throw new IllegalStateException("caching.read_version has no row (platform migration V3)");
            }
            return row.getString(1);
        } catch (SQLException e) {
            // mapped like every other database failure (a 503 when the database is away)
            throw new PersistenceException("Reading the read version failed", e);
        }
    }

    /**
     * A connection from the pool. Not getting one at all (the pool's timeout interrupts a connection attempt
     * to a database that hangs, which the driver reports as SQLState 99999) is the database being away, as
     * Hibernate reports it for the other reads: a 503, not a 500.
     */
    private Connection connection() throws SQLException {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new SQLTransientConnectionException("No connection to read the read version", e);
        }
    }
}
