package no.styringsdata.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.styringsdata.localpg.LocalPostgres;

/**
 * A backup and restore of one database, as an operator does it (docs/deploy.md): {@code pg_dump -Fc},
 * the database dropped ({@code DROP DATABASE ... WITH (FORCE)}, which also cuts the service's pooled
 * connections) and created empty, {@code pg_restore} into it. The service keeps running throughout.
 */
public final class DatabaseBackup {

    private final LocalPostgres server;
    private final DumpTools tools;
    private final String database;

    DatabaseBackup(LocalPostgres server, DumpTools tools, String database) {
        this.server = server;
        this.tools = tools;
        this.database = database;
    }

    /** What one round took and how large the dump was. */
    public record Figures(long dumpBytes, long dumpMillis, long dropMillis, long restoreMillis, String tools,
            String server) {
    }

    /** Dumps the database, drops it, checks the new one is empty, and restores the dump into it. */
    public Figures dumpDropRestore() {
        try {
            Path file = Files.createTempFile("backup-" + database, ".dump");
            try {
                long t0 = System.nanoTime();
                tools.dump(server.port(), database, file);
                long t1 = System.nanoTime();
                dropAndCreate();
                if (tableCount() != 0) {
                    throw new IllegalStateException("the recreated database " + database + " is not empty");
                }
                long t2 = System.nanoTime();
                tools.restore(server.port(), database, file);
                long t3 = System.nanoTime();
                return new Figures(Files.size(file), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                        tools.toString(), serverVersion());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void dropAndCreate() throws SQLException {
        try (Connection connection = server.maintenanceConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    private int tableCount() throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl(database), LocalPostgres.USER, "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            row.next();
            return row.getInt(1);
        }
    }

    private String serverVersion() throws SQLException {
        try (Connection connection = server.maintenanceConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return "PostgreSQL " + row.getString(1);
        }
    }
}
