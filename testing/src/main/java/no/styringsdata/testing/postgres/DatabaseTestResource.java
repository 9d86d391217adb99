package no.styringsdata.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/**
 * What the PostgreSQL test resources share: the {@code database} argument (default {@code app}), the
 * datasource properties they give Quarkus, and closing a server of the resource's own on stop.
 */
abstract class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    protected String database = "app";
    private AutoCloseable ownServer;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    /** The properties that point Quarkus' default datasource at the given database of a local server. */
    protected static Map<String, String> datasource(String jdbcUrl) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    /** Marks a server as this resource's own, to be closed when the resource stops. */
    protected <S extends AutoCloseable> S own(S server) {
        ownServer = server;
        return server;
    }

    @Override
    public void stop() {
        if (ownServer != null) {
            try {
                ownServer.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the test's PostgreSQL", e);
            } finally {
                ownServer = null;
            }
        }
    }
}
