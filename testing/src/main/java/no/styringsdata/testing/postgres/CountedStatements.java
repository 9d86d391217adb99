package no.styringsdata.testing.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.styringsdata.localpg.LocalPostgres;

/**
 * Counts the SQL statements one database is sent, with PostgreSQL's {@code pg_stat_statements} (every statement
 * a backend runs, utility statements such as BEGIN and SET included), read from the maintenance database so
 * that counting sends the counted database nothing.
 */
public final class CountedStatements {

    private final LocalPostgres server;
    private final String database;

    CountedStatements(LocalPostgres server, String database) {
        this.server = server;
        this.database = database;
    }

    /** Forgets what was counted so far (in every database of the server). */
    public void reset() {
        run("SELECT pg_stat_statements_reset()");
    }

    /** The statements the database ran since {@link #reset()}, each as its normalised text once per call. */
    public List<String> since() {
        try (Connection db = server.maintenanceConnection(); Statement sql = db.createStatement()) {
            return Sql.rows(sql, "SELECT s.query FROM pg_stat_statements s "
                    + "CROSS JOIN LATERAL generate_series(1, s.calls) "
                    + "WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = '" + database + "') "
                    + "ORDER BY s.query");
        } catch (SQLException e) {
            throw new IllegalStateException("could not read pg_stat_statements", e);
        }
    }

    void install() {
        run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }

    private void run(String statement) {
        try (Connection db = server.maintenanceConnection(); Statement sql = db.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " failed", e);
        }
    }
}
