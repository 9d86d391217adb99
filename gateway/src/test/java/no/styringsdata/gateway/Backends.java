package no.styringsdata.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import io.smallrye.jwt.build.Jwt;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.styringsdata.localpg.DevTokens;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.testing.TokenAttacks;

/**
 * The gateway's backends for its tests: the real budget, assignment and indicator services (their
 * packaged jars, as child processes on a real PostgreSQL), a stub that echoes what it was sent
 * ({@code /api/echo}) or never answers ({@code /api/slow}), and a closed port for the {@code down} route.
 * A test can kill a service and start it again ({@link #kill}, {@link #restart}).
 */
public class Backends implements QuarkusTestResourceLifecycleManager {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Config key under which the tests find a bearer token with the services' editor roles. */
    static final String EDITOR_TOKEN = "test.editor-token";
    private static final String ISSUER = "https://styringsdata.no/gateway-test";

    /** Config key of a token that has an editor role, but not the budget's. */
    static final String OTHER_ROLE_TOKEN = "test.other-role-token";

    private String editorToken;
    private String otherRoleToken;
    private TokenAttacks budgetTokenAttacks;
    /** Running services by name, and how each was launched (to start one again after {@link #kill}). */
    private final Map<String, Process> services = new LinkedHashMap<>();
    private final Map<String, Launch> launches = new HashMap<>();

    private record Launch(Path jar, int port, Map<String, String> environment) {
    }
    private LocalPostgres postgres;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        Path budgetJar = serviceJar("budget-service");
        Path assignmentsJar = serviceJar("assignment-service");
        Path indicatorsJar = serviceJar("indicator-service");
        try {
            postgres = LocalPostgres.startTemporary();
            Map<String, String> jwt = trustTestIssuer();
            int budgetPort = freePort();
            int assignmentsPort = freePort();
            int indicatorsPort = freePort();
            Process budget = launch("budget-service", budgetJar, budgetPort,
                    with(jwt, "BUDGET_DB_URL", postgres.ensureDatabase("budget"), "BUDGET_DB_USER", LocalPostgres.USER));
            Process assignments = launch("assignment-service", assignmentsJar, assignmentsPort,
                    with(jwt, "ASSIGNMENTS_DB_URL", postgres.ensureDatabase("assignments"), "ASSIGNMENTS_DB_USER", LocalPostgres.USER));
            Process indicators = launch("indicator-service", indicatorsJar, indicatorsPort,
                    with(jwt, "INDICATORS_DB_URL", postgres.ensureDatabase("indicators"), "INDICATORS_DB_USER", LocalPostgres.USER));
            awaitReady("budget-service", budget, budgetPort);
            awaitReady("assignment-service", assignments, assignmentsPort);
            awaitReady("indicator-service", indicators, indicatorsPort);
            int stubPort = startStub();

            Map<String, String> config = new HashMap<>();
            route(config, "budget", "/api/budget", budgetPort);
            route(config, "assignments", "/api/assignments", assignmentsPort);
            route(config, "indicators", "/api/indicators", indicatorsPort);
            route(config, "down", "/api/down", freePort()); // nothing listens there
            route(config, "echo", "/api/echo", stubPort);
            route(config, "slow", "/api/slow", stubPort);
            config.put("gateway.routes.slow.timeout", "1s");
            config.put("gateway.write-timeout", "3s");
            config.put("gateway.health-timeout", "1s");
            config.put(EDITOR_TOKEN, editorToken);
            config.put(OTHER_ROLE_TOKEN, otherRoleToken);
            config.put("test.echo-port", String.valueOf(stubPort));
            config.put("gateway.rate-limit.requests-per-second", "5");
            config.put("gateway.rate-limit.burst", "20");
            // The rate-limit test poses as another client through X-Forwarded-For, as a trusted ingress would.
            config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
            config.put("quarkus.http.proxy.allow-x-forwarded", "true");
            config.put("quarkus.http.proxy.enable-forwarded-host", "true");
            return config;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Lets the services verify tokens signed by a key made for this run, and signs an editor's token. */
    private Map<String, String> trustTestIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Path publicKey = ROOT.resolve("gateway/target/test-jwt-public-key.pem");
            Files.createDirectories(publicKey.getParent());
            String publicPem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(publicKey, publicPem);
            editorToken = Jwt.issuer(ISSUER).upn("gateway-test")
                    .audience(Set.of(DevTokens.BUDGET.audience(), DevTokens.ASSIGNMENTS.audience(),
                            DevTokens.INDICATORS.audience()))
                    .groups(Set.of("budget-editor", "assignment-editor", "indicator-editor", "editor"))
                    .expiresIn(3600)
                    .sign(keys.getPrivate());
            otherRoleToken = Jwt.issuer(ISSUER).upn("indicator-clerk")
                    .audience(DevTokens.BUDGET.audience())
                    .groups(Set.of("indicator-editor"))
                    .expiresIn(3600)
                    .sign(keys.getPrivate());
            budgetTokenAttacks = TokenAttacks.signedWith(ISSUER, DevTokens.BUDGET, DevTokens.ASSIGNMENTS, keys.getPrivate(),
                    publicPem);
            return Map.of("JWT_ISSUER", ISSUER, "JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    private static void route(Map<String, String> config, String name, String prefix, int port) {
        config.put("gateway.routes." + name + ".prefix", prefix);
        config.put("gateway.routes." + name + ".host", "localhost");
        config.put("gateway.routes." + name + ".port", String.valueOf(port));
    }

    private static Path serviceJar(String module) {
        Path jar = ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the gateway's tests run the packaged services. Package them "
                    + "first: ./mvnw -B package -DskipTests -pl platform,local-postgres,budget-service,assignment-service "
                    + "(a full ./mvnw verify does it, the gateway being the last module).");
        }
        return jar;
    }

    /** Gives a test that has a field of type {@code Backends} this instance, to kill and restart services. */
    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(Backends.class));
    }

    /** The classic token attacks on the budget service, signed with the key it trusts in these tests. */
    TokenAttacks budgetTokenAttacks() {
        return budgetTokenAttacks;
    }

    /** Kills a service as a crash would (SIGKILL): whatever it was answering is cut off. */
    void kill(String name) throws InterruptedException {
        Process process = services.remove(name);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed service again, on the same port with the same settings, and waits until it is ready. */
    void restart(String name) {
        if (services.containsKey(name)) {
            return; // running
        }
        Launch launch = launches.get(name);
        awaitReady(name, launch(name, launch.jar(), launch.port(), launch.environment()), launch.port());
    }

    private Process launch(String name, Path jar, int port, Map<String, String> environment) {
        Path log = ROOT.resolve("gateway/target/" + name + ".log");
        // A restarted service's log goes on after the first run's.
        ProcessBuilder.Redirect output = launches.containsKey(name)
                ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile());
        launches.put(name, new Launch(jar, port, environment));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-Dquarkus.http.port=" + port, "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        // JSON log lines, as in production with logs collected: TracingTest reads their request and trace ids.
        builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            services.put(name, process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private static void awaitReady(String name, Process process, int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see gateway/target/" + name + ".log");
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see gateway/target/" + name + ".log");
    }

    /** Echoes method, path, headers and body as JSON; never answers under /api/slow; always ready. */
    private int startStub() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().startsWith("/api/slow")) {
                return; // the gateway must give up on its own
            }
            if (request.path().equals("/q/health/ready")) {
                request.response().end("{\"status\":\"UP\"}");
                return;
            }
            request.body().onSuccess(body -> {
                if (request.path().equals("/api/echo/body")) {
                    request.response().putHeader("Content-Type", "application/octet-stream").end(body);
                } else {
                    request.response().putHeader("Content-Type", "application/json").end(describe(request).encode());
                }
            });
        });
        return server.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
    }

    private static JsonObject describe(HttpServerRequest request) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
        return new JsonObject().put("method", request.method().name()).put("path", request.path()).put("headers", headers);
    }

    @Override
    public void stop() {
        for (Process process : services.values()) {
            process.destroy();
        }
        for (Process process : services.values()) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        services.clear();
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
            vertx = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
