package no.styringsdata.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.localpg.PostgresTestResource;
import no.styringsdata.platform.schema.PlatformMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The platform's migrations leave the service's Flyway history for their own ({@link PlatformMigrations}): a
 * database built the old way (the platform's scripts as V1_1 and V3_9 of the service's history, copied in
 * db/platform-in-service-history as they were) keeps its data, and both histories validate afterwards.
 */
class PlatformHistoryMigrationTest {

    private static final Logger LOG = Logger.getLogger(PlatformHistoryMigrationTest.class);

    @Test
    void movesTheAppliedPlatformMigrationsToTheirOwnHistoryKeepingTheAuditLog() throws SQLException {
        String url = oldLayout("budget_platform_history", "latest");
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
            assertEquals(List.of("2 BASELINE"), rows(sql, "SELECT version || ' ' || type FROM "
                    + PlatformMigrations.HISTORY + " ORDER BY installed_rank"));
            assertEquals(List.of("1", "2", "3", "4", "5", "6"), rows(sql,
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
            assertEquals(List.of("1 BASELINE", "2 SQL"), rows(sql, "SELECT version || ' ' || type FROM "
                    + PlatformMigrations.HISTORY + " ORDER BY installed_rank"));
        }
        assertValid(url);
    }

    @Test
    void migratesAnEmptyDatabasePlatformFirst() throws SQLException {
        String url = emptyDatabase("budget_platform_history_empty");

        newLayout(url).load().migrate();

        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            assertEquals(List.of("0 BASELINE", "1 SQL", "2 SQL"), rows(sql, "SELECT version || ' ' || type FROM "
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

    /** A database migrated as main did before the platform had its history, up to the service's target. */
    private static String oldLayout(String name, String target) {
        String url = emptyDatabase(name);
        Flyway.configure().dataSource(url, LocalPostgres.USER, "")
                .locations("classpath:db/migration", "classpath:db/platform-in-service-history")
                .target(target).load().migrate();
        return url;
    }

    /** As the service migrates at start (PlatformMigrationsFirst). */
    private static FluentConfiguration newLayout(String url) {
        return Flyway.configure().dataSource(url, LocalPostgres.USER, "").locations("classpath:db/migration")
                .callbacks(new PlatformMigrations());
    }

    private static String emptyDatabase(String name) {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", name));
        String url = resource.start().get("quarkus.datasource.jdbc.url");
        Flyway.configure().dataSource(url, LocalPostgres.USER, "").cleanDisabled(false).load().clean();
        return url;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, LocalPostgres.USER, "");
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
