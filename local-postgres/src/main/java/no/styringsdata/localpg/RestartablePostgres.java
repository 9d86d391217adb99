package no.styringsdata.localpg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL server that a test can stop and start again, on the same port with the same data, to
 * see how an application lives through a database outage. Its data directory is removed on close.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private LocalPostgres server;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A new server on a free port, in a new temporary directory. */
    public static RestartablePostgres startNew() {
        try {
            RestartablePostgres postgres = new RestartablePostgres(Files.createTempDirectory("restartable-postgres"),
                    LocalPostgres.freePort());
            postgres.start();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server as an operator would (pg_ctl stop, fast mode: open connections are cut). */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the stopped server again, on the same port with the same data. */
    public synchronized void start() {
        if (server == null) {
            server = LocalPostgres.startPersistent(dataDirectory, port);
        }
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public synchronized String ensureDatabase(String name) {
        if (server == null) {
            throw new IllegalStateException("the server is stopped");
        }
        return server.ensureDatabase(name);
    }

    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dataDirectory, e);
        }
    }
}
