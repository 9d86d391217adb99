package no.styringsdata.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/**
 * Like {@link PostgresTestResource}, but with a server of its own that the test can stop and start:
 * the resource injects the {@link RestartablePostgres} into a field of that type in the test.
 */
public class RestartablePostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private RestartablePostgres server;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        server = RestartablePostgres.startNew();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.ensureDatabase(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(RestartablePostgres.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
