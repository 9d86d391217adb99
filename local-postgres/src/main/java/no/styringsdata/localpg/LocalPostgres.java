package no.styringsdata.localpg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server run from the binaries zonky ships as Maven artifacts: no Docker, no
 * installed server. When the JVM runs as root, zonky runs the server in a user namespace, since
 * PostgreSQL refuses to run as root.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A throw-away server on a free port in a temporary directory that is removed on close. */
    public static LocalPostgres startTemporary() {
        return start(EmbeddedPostgres.builder().setPort(freePort()));
    }

    /** A throw-away server with these settings of postgresql.conf (e.g. {@code shared_preload_libraries}). */
    public static LocalPostgres startTemporary(Map<String, String> settings) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(freePort());
        settings.forEach(builder::setServerConfig);
        return start(builder);
    }

    /** A throw-away server of the given version (see {@link PostgresBinaries}). */
    public static LocalPostgres startTemporary(PostgresBinaries binaries) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(freePort());
        if (binaries.resolver() != null) {
            builder.setPgBinaryResolver(binaries.resolver());
        }
        return start(builder);
    }

    /** A server whose data outlives it, in {@code dataDirectory}, on the given port. */
    public static LocalPostgres startPersistent(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port));
    }

    private static LocalPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return new LocalPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public String ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return server.getJdbcUrl(USER, database);
    }

    /** A connection to the server's maintenance database {@code postgres}. */
    public Connection maintenanceConnection() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    /** A TCP port free just now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
