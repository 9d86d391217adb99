package no.styringsdata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.testing.postgres.BackupPostgresTestResource;
import no.styringsdata.testing.postgres.DatabaseBackup;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore of docs/deploy.md: the seeds imported, pg_dump -Fc of the service's database, the
 * database dropped and created empty under the running service, pg_restore into it; then the same service
 * answers every main read exactly as before, and the database holds the same. Each service's test extends it
 * (with {@link BackupPostgresTestResource} and {@code @EnabledIfPgDump}) with its seeds, its main reads and a
 * write.
 */
public abstract class BackupRestoreTest {

    private static final Logger LOG = Logger.getLogger(BackupRestoreTest.class);

    /** Injected by the test resource. */
    protected DatabaseBackup backup;

    @Inject
    protected DataSource dataSource;

    /** Imports the seeds, and writes what the reads should show beyond them. */
    protected abstract void seed();

    /** The main reads: every list page, details, CSV, the audit log. */
    protected abstract List<String> reads();

    /** A write of a new record (and its audit entry): the restored identity sequences go on where they were. */
    protected abstract void writeAfterRestore();

    /** What restarting the service after a restore (docs/deploy.md) would do, if anything. */
    protected void afterRestore() {
    }

    @Test
    void aRestoredDumpAnswersEveryReadAsBefore() {
        seed();
        List<String> reads = reads();
        ApiAnswers before = ApiAnswers.of(Tokens.EDITOR, reads);
        String contents = ContentChecksum.everything(dataSource).current();

        DatabaseBackup.Figures figures = backup.dumpDropRestore();
        afterRestore();

        ApiAnswers after = ApiAnswers.of(Tokens.EDITOR, reads);
        after.assertSameAs(before);
        assertEquals(contents, ContentChecksum.everything(dataSource).current());
        writeAfterRestore();
        LOG.infof("backup and restore of %s with %s and %s: dump %d kB in %d ms, drop and create %d ms, "
                        + "restore %d ms; %d reads (%d kB) answered the same, byte for byte", ServiceUnderTest.name(),
                figures.tools(), figures.server(), figures.dumpBytes() / 1024, figures.dumpMillis(), figures.dropMillis(),
                figures.restoreMillis(), after.count(), after.bytes() / 1024);
    }
}
