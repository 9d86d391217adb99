package no.styringsdata.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/**
 * Like {@link PostgresTestResource}, but with a server of its own at a version this machine's pg_dump can
 * dump ({@link DumpTools#choose()}), and a {@link DatabaseBackup} of the service's database injected into
 * a field of that type in the test. Use it with {@link EnabledIfPgDump}, which skips the test (with the
 * reason in the log) where there is no such pg_dump.
 */
public class BackupPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres server;
    private DatabaseBackup backup;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        DumpTools.Choice choice = DumpTools.choose().orElseThrow(() -> new IllegalStateException(DumpTools.whyNone()));
        server = LocalPostgres.startTemporary(choice.server());
        String url = server.ensureDatabase(database);
        backup = new DatabaseBackup(server, choice.tools(), database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(backup, new TestInjector.MatchesType(DatabaseBackup.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
