package no.styringsdata.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database. One server per test JVM (started on
 * first use, stopped and removed when the JVM exits); each service gets its own database, named by
 * the {@code database} argument (default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres server;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String url = sharedServer().ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The server outlives one Quarkus application: other test classes in this JVM reuse it.
    }

    private static synchronized LocalPostgres sharedServer() {
        if (server == null) {
            server = LocalPostgres.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "local-postgres-stop"));
        }
        return server;
    }
}
