package no.styringsdata.localpg;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the whole system on one machine: one PostgreSQL (data kept in {@code .local/postgres}),
 * one database per service, the services from their built jars, and the bundled seed documents
 * imported through the services' own import endpoints. Ctrl-C stops it all.
 */
public final class LocalStack {

    private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /**
     * A service of the stack: its module, port, database, public path prefix, a list to show, and
     * the seed documents it imports (in order).
     */
    record Service(String module, int port, String database, String prefix, String example, List<String> seeds) {

        String url(String path) {
            return "http://localhost:" + port + prefix + path;
        }
    }

    private static final List<Service> SERVICES = List.of(
            new Service("budget-service", 8081, "budget", "/api/budget",
                    "/amounts?chapter=740&post=01&year=2026&stage=forslag", List.of(
                    "003_82c1b6682bf832eb.txt", "000_8d4a857d2773e53a.txt", "004_cc102a77bccaaff9.txt",
                    "001_74ce41b747f7677e.txt")),
            new Service("assignment-service", 8082, "assignments", "/api/assignments", "/TB2025-43", List.of(
                    "000_8d4a857d2773e53a.txt", "004_cc102a77bccaaff9.txt")),
            new Service("indicator-service", 8083, "indicators", "/api/indicators", "/goals?year=2025", List.of(
                    "000_8d4a857d2773e53a.txt", "001_74ce41b747f7677e.txt")));

    /** The front door, started once the services are up; its routes default to the ports above. */
    private static final Service GATEWAY = new Service("gateway", 8080, null, "", "/swagger-ui", List.of());

    /** The services the development token the local run prints and imports with is for: their audiences and editor roles. */
    private static final DevTokens.Service[] TOKEN_SERVICES = {DevTokens.BUDGET, DevTokens.ASSIGNMENTS, DevTokens.INDICATORS};

    private final Path root;
    private String devToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private LocalPostgres postgres;

    private LocalStack(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int postgresPort = Integer.parseInt(System.getProperty("styringsdata.postgres.port", "55432"));
        LocalStack stack = new LocalStack(root);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start(postgresPort);
        } catch (Exception e) {
            LOG.severe("The stack did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private void start(int postgresPort) throws Exception {
        Instant started = Instant.now();
        Path data = root.resolve(".local/postgres");
        Files.createDirectories(data.getParent());
        postgres = LocalPostgres.startPersistent(data, postgresPort);
        devToken = DevTokens.fromPem(Files.readString(root.resolve("dev-keys/privateKey.pem")))
                .editor("local-developer", Duration.ofHours(12), TOKEN_SERVICES);
        for (Service service : SERVICES) {
            String url = postgres.ensureDatabase(service.database());
            processes.add(launch(service, url));
        }
        for (int i = 0; i < SERVICES.size(); i++) {
            awaitReady(SERVICES.get(i), processes.get(i));
            importSeeds(SERVICES.get(i));
        }
        ServiceProcess gateway = launch(GATEWAY, null);
        processes.add(gateway);
        awaitLive(GATEWAY, gateway);
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        StringBuilder urls = new StringBuilder("\nStyringsdata is running (started in " + seconds
                + " s). PostgreSQL data: " + data + "\n")
                .append("  Gateway:      ").append(GATEWAY.url("")).append('\n')
                .append("  Swagger UI:   ").append(GATEWAY.url("/swagger-ui")).append(" (all three APIs)\n");
        for (Service service : SERVICES) {
            urls.append("  e.g.         ").append(GATEWAY.url(service.prefix() + service.example())).append('\n');
        }
        urls.append("Each service also answers on its own port:\n");
        for (Service service : SERVICES) {
            urls.append("  ").append(service.module()).append('\n')
                    .append("    API:        ").append(service.url(service.example())).append('\n')
                    .append("    Swagger UI: ").append(service.url("/swagger-ui")).append('\n')
                    .append("    OpenAPI:    ").append(service.url("/openapi")).append('\n');
        }
        urls.append("Reads are public. For writes, a development token (12 h; roles ")
                .append(Arrays.stream(TOKEN_SERVICES).map(DevTokens.Service::editorRole).collect(Collectors.joining(", ")))
                .append("; audiences ")
                .append(Arrays.stream(TOKEN_SERVICES).map(DevTokens.Service::audience).collect(Collectors.joining(", ")))
                .append("; accepted only by services given dev-keys/):\n")
                .append("  export TOKEN=").append(devToken).append('\n')
                .append("  curl -H \"Authorization: Bearer $TOKEN\" ...\n")
                .append("Press Ctrl-C to stop everything.\n");
        LOG.info(urls::toString);
    }

    private ServiceProcess launch(Service service, String jdbcUrl) throws IOException {
        Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = root.resolve(".local").resolve(service.module() + ".log");
        Files.deleteIfExists(log);
        Map<String, String> environment = new HashMap<>();
        if (service.database() != null) {
            String prefix = service.database().toUpperCase(Locale.ROOT);
            environment.put(prefix + "_DB_URL", jdbcUrl);
            environment.put(prefix + "_DB_USER", LocalPostgres.USER);
        }
        environment.put("JWT_PUBLIC_KEY_LOCATION", root.resolve("dev-keys/publicKey.pem").toUri().toString());
        environment.put("JWT_ISSUER", DevTokens.ISSUER);
        LOG.info(() -> "Starting " + service.module() + " on port " + service.port() + " (log: " + log + ")");
        return ServiceProcess.start(service.module(), jar, service.port(), environment, Map.of(), log);
    }

    private void awaitReady(Service service, ServiceProcess process) throws InterruptedException {
        await(service, process, "/q/health/ready");
    }

    /** The gateway is live before its backends' readiness matters to it. */
    private void awaitLive(Service service, ServiceProcess process) throws InterruptedException {
        await(service, process, "/q/health/live");
    }

    private void await(Service service, ServiceProcess process, String healthPath) throws InterruptedException {
        try {
            process.await(healthPath, READY_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; see .local/" + service.module() + ".log", e);
        }
    }

    private void importSeeds(Service service) throws IOException, InterruptedException {
        for (String seed : service.seeds()) {
            String text = Files.readString(root.resolve("seeds").resolve(seed), StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.url("/imports")))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("Authorization", "Bearer " + devToken)
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Importing " + seed + " into " + service.module() + " failed: "
                        + response.statusCode() + " " + response.body());
            }
            boolean changed = response.body().contains("\"changed\":true");
            LOG.info(() -> "Imported " + seed + " into " + service.module() + (changed ? "" : " (already there)"));
        }
    }

    private void stop() {
        processes.forEach(ServiceProcess::close);
        if (postgres != null) {
            postgres.close();
        }
        LOG.info("Stopped.");
    }
}
