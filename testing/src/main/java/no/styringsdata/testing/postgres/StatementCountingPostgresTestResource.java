package no.styringsdata.testing.postgres;

import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/**
 * Like {@link PostgresTestResource}, but with a server of its own that counts statements
 * ({@code pg_stat_statements}): the resource injects the {@link CountedStatements} of the test's database into a
 * field of that type in the test.
 */
public class StatementCountingPostgresTestResource extends DatabaseTestResource {

    private CountedStatements statements;

    @Override
    public Map<String, String> start() {
        LocalPostgres server = own(LocalPostgres.startTemporary(Map.of(
                "shared_preload_libraries", "pg_stat_statements", "pg_stat_statements.track", "all")));
        String url = server.ensureDatabase(database);
        statements = new CountedStatements(server, database);
        statements.install();
        return datasource(url);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(statements, new TestInjector.MatchesType(CountedStatements.class));
    }
}
