package no.styringsdata.testing.postgres;

import java.util.Map;

/**
 * Like {@link PostgresTestResource}, but with a server of its own that the test can stop and start:
 * the resource injects the {@link RestartablePostgres} into a field of that type in the test.
 */
public class RestartablePostgresTestResource extends DatabaseTestResource {

    private RestartablePostgres server;

    @Override
    public Map<String, String> start() {
        server = own(RestartablePostgres.startNew());
        return datasource(server.ensureDatabase(database));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(RestartablePostgres.class));
    }
}
