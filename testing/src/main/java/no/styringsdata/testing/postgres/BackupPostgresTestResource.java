package no.styringsdata.testing.postgres;

import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/**
 * Like {@link PostgresTestResource}, but with a server of its own at a version this machine's pg_dump can
 * dump ({@link DumpTools#choose()}), and a {@link DatabaseBackup} of the service's database injected into
 * a field of that type in the test. Use it with {@link EnabledIfPgDump}, which skips the test (with the
 * reason in the log) where there is no such pg_dump.
 */
public class BackupPostgresTestResource extends DatabaseTestResource {

    private DatabaseBackup backup;

    @Override
    public Map<String, String> start() {
        DumpTools.Choice choice = DumpTools.choose().orElseThrow(() -> new IllegalStateException(DumpTools.whyNone()));
        LocalPostgres server = own(LocalPostgres.startTemporary(choice.server()));
        String url = server.ensureDatabase(database);
        backup = new DatabaseBackup(server, choice.tools(), database);
        return datasource(url);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(backup, new TestInjector.MatchesType(DatabaseBackup.class));
    }
}
