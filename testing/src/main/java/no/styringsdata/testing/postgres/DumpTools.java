package no.styringsdata.testing.postgres;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.localpg.PostgresBinaries;

/**
 * PostgreSQL's own backup programs, {@code pg_dump} and {@code pg_restore}, as installed on this
 * machine (they are not among zonky's binaries). pg_dump refuses to dump a server of a newer major
 * version than its own, so a backup test runs its server at a version the tools can dump: see
 * {@link #choose()}.
 */
public record DumpTools(Path directory, String version) {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(\\.\\d+)?");

    public int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.') < 0 ? version.length() : version.indexOf('.')));
    }

    /**
     * The tools that can dump one of the servers the tests can start, with that server: the tools of
     * the newest such pair. Empty, with the reason logged by the caller, when there are none.
     */
    public static synchronized Optional<Choice> choose() {
        if (chosen == null) {
            chosen = chooseNow();
        }
        return chosen;
    }

    private static Optional<Choice> chosen;

    private static Optional<Choice> chooseNow() {
        List<PostgresBinaries> servers = PostgresBinaries.available();
        return installed().stream()
                .flatMap(tools -> servers.stream().filter(server -> server.major() <= tools.major())
                        .limit(1).map(server -> new Choice(tools, server)))
                .max(Comparator.comparing((Choice c) -> c.server().major()).thenComparing(c -> -c.tools().major()));
    }

    /** The tools and the server they can dump. */
    public record Choice(DumpTools tools, PostgresBinaries server) {
    }

    /** Why {@link #choose()} found nothing, for the log of a skipped test. */
    public static String whyNone() {
        List<DumpTools> found = installed();
        String servers = PostgresBinaries.available().stream().map(PostgresBinaries::version).toList().toString();
        return found.isEmpty()
                ? "no pg_dump and pg_restore on this machine (looked in $PG_BIN, $PATH, /usr/lib/postgresql/*/bin, "
                        + "/usr/pgsql-*/bin, Homebrew); the tests can start PostgreSQL " + servers
                : "the pg_dump found " + found + " is older than every PostgreSQL the tests can start " + servers;
    }

    /** Every directory with both programs, each with its version; $PG_BIN first. */
    public static List<DumpTools> installed() {
        Set<Path> directories = new LinkedHashSet<>();
        String pgBin = System.getenv("PG_BIN");
        if (pgBin != null && !pgBin.isBlank()) {
            directories.add(Path.of(pgBin));
        }
        for (String glob : List.of("/usr/lib/postgresql", "/usr", "/opt/homebrew/opt", "/usr/local/opt")) {
            try (Stream<Path> children = Files.list(Path.of(glob))) {
                children.filter(child -> child.getFileName().toString().matches("\\d+|pgsql-\\d+|postgresql@\\d+"))
                        .map(child -> child.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(directories::add);
            } catch (IOException e) {
                // not there on this machine
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                directories.add(Path.of(entry));
            }
        }
        List<DumpTools> found = new ArrayList<>();
        for (Path directory : directories) {
            if (Files.isExecutable(directory.resolve("pg_dump")) && Files.isExecutable(directory.resolve("pg_restore"))) {
                versionOf(directory).ifPresent(version -> found.add(new DumpTools(directory, version)));
            }
        }
        return found;
    }

    private static Optional<String> versionOf(Path directory) {
        try {
            String out = run(List.of(directory.resolve("pg_dump").toString(), "--version"));
            Matcher matcher = VERSION.matcher(out);
            return matcher.find() ? Optional.of(matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code pg_dump -Fc} of one database of a server on localhost, as user postgres, into the file. */
    public void dump(int port, String database, Path file) throws IOException {
        run(List.of(directory.resolve("pg_dump").toString(), "-Fc", "-h", "localhost", "-p", String.valueOf(port),
                "-U", LocalPostgres.USER, "-d", database, "-f", file.toString()));
    }

    /** {@code pg_restore} of a dump into an existing (empty) database; any error fails it. */
    public void restore(int port, String database, Path file) throws IOException {
        run(List.of(directory.resolve("pg_restore").toString(), "--exit-on-error", "--no-owner", "-h", "localhost",
                "-p", String.valueOf(port), "-U", LocalPostgres.USER, "-d", database, file.toString()));
    }

    /** Runs a program to its end; its output, or an exception with it when it failed. */
    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + " was interrupted", e);
        } finally {
            process.destroy();
        }
    }

    @Override
    public String toString() {
        return directory + " (" + version + ")";
    }
}
