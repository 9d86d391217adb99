package no.styringsdata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import no.styringsdata.localpg.DevTokens;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.testing.postgres.RestartablePostgres;
import no.styringsdata.localpg.ServiceProcess;
import no.styringsdata.testing.DatabaseChecksum;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of a service in the middle of an import: the packaged service (built by
 * {@code package}, so this runs as a failsafe {@code *IT} in {@code verify}) runs in a JVM of its own
 * on a database of its own; the import is held after its first row is written ({@link HeldImport}),
 * the service is killed, and the database must be exactly as before (checksum). The service started
 * again imports the document completely, and a second import changes nothing. Each service's IT
 * extends it with the document to import; its prefix and editor role come from its
 * application.properties.
 */
public abstract class ImportKillTest {

    private static final Logger LOG = Logger.getLogger(ImportKillTest.class);
    private static final Duration START = Duration.ofSeconds(120);
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The document to import (a seed's text). */
    protected abstract String document();

    @Test
    void anImportCutByKillingTheServiceLeavesNothingAndCompletesAfterRestart() throws Exception {
        Properties application = applicationProperties();
        String name = application.getProperty("quarkus.application.name");
        URI imports = URI.create("http://localhost:" + LocalPostgres.freePort() + application.getProperty("quarkus.rest.path") + "/imports");
        String token = DevTokens.fromClasspath().token("kill-test", Duration.ofHours(1),
                Set.of(name), // the audience each service verifies unless JWT_AUDIENCE says otherwise
                application.getProperty("styringsdata.editor-role"));
        Path log = Files.createDirectories(Path.of("target/failsafe-reports")).resolve(name + "-killed.log");
        try (RestartablePostgres postgres = RestartablePostgres.startNew()) {
            String url = postgres.ensureDatabase("app");
            DatabaseChecksum checksum = new DatabaseChecksum(HeldImport.dataSource(url, LocalPostgres.USER));

            ServiceProcess service = start(name, imports.getPort(), url, log);
            String before = checksum.current();
            HeldImport held = HeldImport.start(HeldImport.Hold.AFTER_FIRST_ROW, url, LocalPostgres.USER, imports, token, document());
            service.kill();
            ExecutionException noAnswer = assertThrows(ExecutionException.class,
                    () -> held.answer().get(30, TimeUnit.SECONDS), "the killed service answered nothing");
            assertTrue(noAnswer.getCause() instanceof IOException, noAnswer.toString());
            held.close();
            HeldImport.awaitBackendGone(url, LocalPostgres.USER, held.backend());
            assertEquals(before, checksum.current(), "the killed import left nothing behind");

            long starting = System.nanoTime();
            service = start(name, imports.getPort(), url, log);
            long startMillis = (System.nanoTime() - starting) / 1_000_000;
            try {
                long importing = System.nanoTime();
                HttpResponse<String> imported = importDocument(imports, token);
                long importMillis = (System.nanoTime() - importing) / 1_000_000;
                assertEquals(200, imported.statusCode(), imported.body());
                assertTrue(imported.body().contains("\"changed\":true"), imported.body());
                String single = checksum.current();
                assertNotEquals(before, single);
                HttpResponse<String> again = importDocument(imports, token);
                assertEquals(200, again.statusCode(), again.body());
                assertTrue(again.body().contains("\"changed\":false"), again.body());
                assertEquals(single, checksum.current(), "importing again changes nothing: the single import's state");
                LOG.infof("%s killed (SIGKILL) %d ms into an import, its first row written: no answer, database as before "
                        + "(checksum); started again in %d ms; importing again %d ms", name, held.ranMillis(), startMillis, importMillis);
            } finally {
                service.close();
            }
        }
    }

    private static ServiceProcess start(String name, int port, String jdbcUrl, Path log) throws Exception {
        URI publicKey = Objects.requireNonNull(ImportKillTest.class.getResource("/publicKey.pem"), "publicKey.pem").toURI();
        ServiceProcess service = ServiceProcess.start(name, JAR, port,
                Map.of("JWT_PUBLIC_KEY_LOCATION", publicKey.toString(), "JWT_ISSUER", DevTokens.ISSUER),
                Map.of("quarkus.datasource.jdbc.url", jdbcUrl, "quarkus.datasource.username", LocalPostgres.USER), log);
        service.await("/q/health/ready", START);
        return service;
    }

    private HttpResponse<String> importDocument(URI imports, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(imports)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(document(), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Properties applicationProperties() {
        try (InputStream in = ImportKillTest.class.getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(Objects.requireNonNull(in, "application.properties"), StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
