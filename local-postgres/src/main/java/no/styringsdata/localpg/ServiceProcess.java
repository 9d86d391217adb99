package no.styringsdata.localpg;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code target/quarkus-app/quarkus-run.jar}) run in a JVM of its own, as the local
 * launcher and the tests that kill a service run it; its output goes to a log file.
 */
public record ServiceProcess(String name, int port, Process process) implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Starts {@code jar} on {@code port} with the environment and system properties given, its output
     * appended to {@code log}. Small first heap (-Xms32m: the heap grows with what start-up keeps, not with
     * what it throws away) and two malloc arenas instead of one per thread and core: both cut the memory a
     * started service sits in. The build's AppCDS archive next to the jar, if there is one, is used.
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
                                       Map<String, String> properties, Path log) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw package -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-Xss512k", "-Xms32m",
                "-Dquarkus.http.port=" + port));
        Path archive = jar.resolveSibling("app-cds.jsa");
        boolean shared = Files.exists(archive);
        if (shared) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // The archive names the jar as Quarkus' build ran it: "quarkus-run.jar", from its own directory.
        command.addAll(List.of("-jar", shared ? jar.getFileName().toString() : jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(shared ? jar.toAbsolutePath().getParent().toFile() : null)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        return new ServiceProcess(name, port, builder.start());
    }

    /** Waits until {@code healthPath} (e.g. {@code /q/health/ready}) answers 200; fails if the process ends or time runs out. */
    public void await(String healthPath, Duration timeout) throws InterruptedException {
        URI health = URI.create("http://localhost:" + port + healthPath);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue() + " before it was ready");
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not answer 200 on " + healthPath + " within " + timeout.toSeconds() + " s");
    }

    /** Kills the JVM at once (SIGKILL, as {@code kill -9}): no shutdown hook, no graceful close of anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the service gracefully (SIGTERM), forcibly after 15 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
