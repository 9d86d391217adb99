package no.styringsdata.testing.postgres;

import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database. One server per test JVM (started on
 * first use, stopped and removed when the JVM exits); each service gets its own database, named by
 * the {@code database} argument (default {@code app}).
 */
public class PostgresTestResource extends DatabaseTestResource {

    private static LocalPostgres server;

    @Override
    public Map<String, String> start() {
        return datasource(sharedServer().ensureDatabase(database));
    }

    /** The server outlives one Quarkus application: other test classes in this JVM reuse it. */
    private static synchronized LocalPostgres sharedServer() {
        if (server == null) {
            server = LocalPostgres.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "local-postgres-stop"));
        }
        return server;
    }
}
