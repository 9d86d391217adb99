package no.styringsdata.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import no.styringsdata.localpg.LocalPostgres;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server that a test can stop and start again, on the same port with the same data, to
 * see how an application lives through a database outage; freeze and thaw, to see it live through a
 * database that hangs; or crash, to see what a cut transaction leaves. Its data directory is removed
 * on close.
 */
public final class RestartablePostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RestartablePostgres.class);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final int port;
    private LocalPostgres server;
    /** The processes {@link #pause()} stopped, for {@link #resume()}. */
    private final List<Long> paused = new ArrayList<>();

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

    /**
     * Freezes the server as a hung host would: SIGSTOP to the postmaster and every backend. Connections
     * stay open and new ones are still accepted by the kernel, but nothing is answered until {@link #resume()}.
     */
    public synchronized void pause() {
        if (server == null || !paused.isEmpty()) {
            throw new IllegalStateException("the server is not running, or is paused already");
        }
        ProcessHandle postmaster = postmaster();
        // the postmaster first, so that it forks no backend the list below would miss
        paused.add(postmaster.pid());
        signal("STOP", paused);
        List<Long> backends = postmaster.descendants().map(ProcessHandle::pid).toList();
        signal("STOP", backends);
        paused.addAll(backends);
    }

    /** Lets the paused server go on where it stopped (SIGCONT). */
    public synchronized void resume() {
        if (paused.isEmpty()) {
            throw new IllegalStateException("the server is not paused");
        }
        signal("CONT", paused);
        paused.clear();
    }

    /**
     * Stops the server as {@code pg_ctl stop -m immediate} does (SIGQUIT to the postmaster): every
     * backend quits at once, open transactions are cut, nothing is checkpointed, and the next
     * {@link #start()} recovers from the write-ahead log as after a crash.
     */
    public synchronized void stopImmediately() {
        if (server == null) {
            return;
        }
        ProcessHandle postmaster = postmaster();
        signal("QUIT", List.of(postmaster.pid()));
        try {
            postmaster.onExit().get(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while PostgreSQL stopped", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop within " + EXIT_WAIT, e);
        }
        // The server is gone; closing its handle releases the data directory's lock (zonky's own
        // "pg_ctl stop" then finds no server and logs that it could not stop it: expected here).
        LOG.info("PostgreSQL stopped in immediate mode; the 'could not stop postmaster' below is expected");
        server.close();
        server = null;
    }

    /** The running postmaster, from the first line of its postmaster.pid. */
    private ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read postmaster.pid", e);
        }
    }

    private static void signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(pid.toString()));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes());
            // a backend may end between being listed and being signalled
            boolean onlyGone = output.lines().allMatch(line -> line.contains("No such process"));
            if (kill.waitFor() != 0 && !onlyGone) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
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
        if (!paused.isEmpty()) {
            resume();
        }
        stop();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dataDirectory, e);
        }
    }
}
