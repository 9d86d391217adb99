package no.styringsdata.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static no.styringsdata.testing.postgres.Sql.connect;
import static no.styringsdata.testing.postgres.Sql.rows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.testing.postgres.Sql;
import no.styringsdata.platform.schema.PlatformMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The platform's migrations leave the service's Flyway history for their own ({@link PlatformMigrations}): a
 * database built the old way (the platform's scripts as V1_1 and V3_9 of the service's history) keeps its data,
 * and both histories validate afterwards.
 */
class PlatformHistoryMigrationTest {

    private static final Logger LOG = Logger.getLogger(PlatformHistoryMigrationTest.class);

    @Test
    void movesTheAppliedPlatformMigrationsToTheirOwnHistoryKeepingTheAuditLog() throws SQLException {
        String url = oldLayout("budget_platform_history", "6"); // the last version before the platform's own history
        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO audit_log (occurred_at, subject, action, target_type, target_id, before, after) "
                    + "VALUES (now(), 'editor', 'update', 'amount', '740.01', '{\"amountNok\":1}', '{\"amountNok\":2}')");
            sql.execute("INSERT INTO ministry (code, name) VALUES ('HOD', 'Helse- og omsorgsdepartementet')");
        }

        newLayout(url).load().migrate();
        newLayout(url).load().migrate(); // a second start changes nothing

        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            assertEquals(List.of("editor update amount 740.01 {\"amountNok\":2}"), rows(sql,
                    "SELECT subject || ' ' || action || ' ' || target_type || ' ' || target_id || ' ' || after FROM audit_log"));
            assertEquals(List.of("HOD"), rows(sql, "SELECT code FROM ministry"));
            assertEquals(List.of("2 BASELINE", "3 SQL", "4 SQL", "20 SQL", "21 SQL", "22 SQL"), rows(sql, "SELECT version || ' ' || type FROM "
                    + PlatformMigrations.HISTORY + " ORDER BY installed_rank"));
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "9", "20", "21"), rows(sql,
                    "SELECT version FROM flyway_schema_history ORDER BY installed_rank"));
        }
        assertValid(url);
    }

    @Test
    void appliesThePlatformMigrationsTheServiceHistoryDidNotHaveYet() throws SQLException {
        String url = oldLayout("budget_platform_history_v3", "3"); // V1_1 applied, V3_9 not
        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO audit_log (occurred_at, subject, action, target_type, target_id) "
                    + "VALUES (now(), 'editor', 'import', 'document', '1')");
        }

        newLayout(url).load().migrate();

        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            assertEquals(List.of("1"), rows(sql, "SELECT count(*) FROM audit_log"));
            assertEquals(List.of("1 BASELINE", "2 SQL", "3 SQL", "4 SQL", "20 SQL", "21 SQL", "22 SQL"), rows(sql, "SELECT version || ' ' || type FROM "
                    + PlatformMigrations.HISTORY + " ORDER BY installed_rank"));
        }
        assertValid(url);
    }

    @Test
    void migratesAnEmptyDatabasePlatformFirst() throws SQLException {
        String url = emptyDatabase("budget_platform_history_empty");

        newLayout(url).load().migrate();

        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            assertEquals(List.of("0 BASELINE", "1 SQL", "2 SQL", "3 SQL", "4 SQL", "20 SQL", "21 SQL", "22 SQL"), rows(sql, "SELECT version || ' ' || type FROM "
                    + PlatformMigrations.HISTORY + " ORDER BY installed_rank"));
            assertEquals(List.of("0"), rows(sql, "SELECT count(*) FROM audit_log"));
        }
        assertValid(url);
    }

    /** Both histories validate, and neither has anything pending. */
    private static void assertValid(String url) {
        Flyway platform = Flyway.configure().dataSource(url, LocalPostgres.USER, "")
                .locations(PlatformMigrations.LOCATION).table(PlatformMigrations.HISTORY).load();
        Flyway service = newLayout(url).load();
        for (Flyway flyway : List.of(platform, service)) {
            var validation = flyway.validateWithResult();
            LOG.infof("%s: %s", flyway.getConfiguration().getTable(), validation.getAllErrorMessages());
            assertTrue(validation.validationSuccessful, validation.getAllErrorMessages());
            assertEquals(0, flyway.info().pending().length, flyway.getConfiguration().getTable());
        }
    }

    /**
     * A database migrated as before the platform had its history, up to the service's target: the platform's
     * scripts run as V1_1 and V3_9 of the service's history and are recorded there under their old file names.
     */
    private static String oldLayout(String name, String target) throws SQLException {
        String url = emptyDatabase(name);
        Flyway.configure().dataSource(url, LocalPostgres.USER, "").locations("classpath:db/migration")
                .javaMigrations(new InServiceHistory("1.1", "db/platform/V1__audit_log.sql", "V1_1__audit_log.sql"),
                        new InServiceHistory("3.9", "db/platform/V2__ministry_agency.sql", "V3_9__ministry_agency.sql"))
                .target(target).load().migrate();
        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            sql.execute("UPDATE flyway_schema_history SET type = 'SQL', script = description || '.sql', "
                    + "description = replace(substring(description FROM '__(.*)$'), '_', ' ') WHERE version IN ('1.1', '3.9')");
        }
        return url;
    }

    /** A platform script as the service's history ran it before: its version there, its file name there. */
    private record InServiceHistory(String version, String resource, String script) implements JavaMigration {

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(version);
        }

        @Override
        public String getDescription() {
            return script.substring(0, script.length() - ".sql".length());
        }

        @Override
        public Integer getChecksum() {
            return null;
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public void migrate(Context context) throws Exception {
            try (InputStream in = PlatformMigrations.class.getClassLoader().getResourceAsStream(resource);
                    Statement sql = context.getConnection().createStatement()) {
                sql.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /** As the service migrates at start (PlatformMigrationsFirst). */
    private static FluentConfiguration newLayout(String url) {
        return Flyway.configure().dataSource(url, LocalPostgres.USER, "").locations("classpath:db/migration")
                .callbacks(new PlatformMigrations());
    }

    private static String emptyDatabase(String name) {
        String url = Sql.database(name);
        Flyway.configure().dataSource(url, LocalPostgres.USER, "").cleanDisabled(false).load().clean();
        return url;
    }
}
