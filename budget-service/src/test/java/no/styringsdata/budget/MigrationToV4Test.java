package no.styringsdata.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static no.styringsdata.testing.postgres.Sql.connect;
import static no.styringsdata.testing.postgres.Sql.rows;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.testing.postgres.Sql;
import no.styringsdata.platform.schema.PlatformMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * V4 (ministries and agencies) on a database as it stood at V3: built with Flyway up to V3, filled with rows of
 * the old shape (agencies as free text), then migrated. Uses the test JVM's PostgreSQL, in databases of its own.
 */
class MigrationToV4Test {

    @Test
    void movesTodaysDataToHodAndHelsedirektoratetWithoutLoss() throws SQLException {
        String url = databaseAtV3("budget_migration_v4");
        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO source_document (id, kind, year, title, sha256, line_count, imported_at) VALUES
                      (1, 'prop1s', 2026, 'Prop. 1 S (2025–2026) Helse- og omsorgsdepartementet', repeat('a', 64), 10, now()),
                      (2, 'tildelingsbrev', 2025, 'Tildelingsbrev 2025 til Helsedirektoratet', repeat('b', 64), 10, now()),
                      (3, 'arsrapport', 2024, 'Årsrapport 2024 Helsedirektoratet', repeat('c', 64), 10, now()),
                      (4, 'supplerende-tildelingsbrev', 2025, 'Supplerende tildelingsbrev 2025 til Helsedirektoratet',
                       repeat('d', 64), 10, now());
                    INSERT INTO program_area (code, name) VALUES ('10', 'Helse og omsorg');
                    INSERT INTO program_category (code, area_code, name) VALUES ('10.40', '10', 'Sentral helseforvaltning');
                    INSERT INTO chapter (number, name, category_code) VALUES
                      (740, 'Helsedirektoratet', '10.40'), (701, NULL, NULL), (5631, 'Aksjer i AS Vinmonopolet', NULL);
                    INSERT INTO post (id, chapter_number, number, name) VALUES
                      (1, 740, 1, 'Driftsutgifter'), (2, 701, 21, 'Spesielle driftsutgifter'), (3, 5631, 85, 'Utbytte');
                    INSERT INTO amount (post_id, year, stage, agency, amount_nok, document_id, source_line, source_text) VALUES
                      (1, 2026, 'forslag', NULL, 1556792000, 1, 15040, '01 Driftsutgifter'),
                      (3, 2026, 'forslag', NULL, 79500000, 1, 9981, '85 Statens overskuddsandel'),
                      (1, 2024, 'tildeling', 'Helsedirektoratet', 1500000000, 3, 7001, '0740 01'),
                      (1, 2024, 'regnskap', 'Helsedirektoratet', 1457575965, 3, 7001, '0740 01'),
                      (1, 2026, 'revidert', 'Statens helsetilsyn', 5, NULL, NULL, 'Set through the API');
                    INSERT INTO allocation (id, post_id, year, agency, purpose, comment, document_id, source_line) VALUES
                      (1, 2, 2025, 'Helsedirektoratet', 'Alvorlig sykt barn', '', 2, 3120);
                    INSERT INTO allocation_event (allocation_id, amount_nok, effective_date, document_id, source_line, source_text)
                    VALUES (1, 6000000, '2025-01-01', 2, 3120, '701.21 Alvorlig sykt barn 6 000'),
                           (1, -2400000, '2025-06-20', 4, 255, 'trekkes 2,4 mill. kroner');
                    """);
        }

        flyway(url).load().migrate();

        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            assertEquals(List.of("HOD Helse- og omsorgsdepartementet"), rows(sql, "SELECT code || ' ' || name FROM ministry"));
            assertEquals(List.of("helsedirektoratet Helsedirektoratet HOD", "statens-helsetilsyn Statens helsetilsyn HOD"),
                    rows(sql, "SELECT id || ' ' || name || ' ' || ministry_code FROM agency ORDER BY id"));
            assertEquals(List.of("1 HOD -", "2 HOD helsedirektoratet", "3 HOD helsedirektoratet",
                            "4 HOD helsedirektoratet"),
                    rows(sql, "SELECT id || ' ' || ministry_code || ' ' || coalesce(agency_id, '-') FROM source_document "
                            + "ORDER BY id"));
            assertEquals(List.of("701 HOD", "740 HOD", "5631 HOD"),
                    rows(sql, "SELECT number || ' ' || ministry_code FROM chapter ORDER BY number"));
            assertEquals(List.of("1 2024 regnskap helsedirektoratet 1457575965",
                            "1 2024 tildeling helsedirektoratet 1500000000", "1 2026 forslag - 1556792000",
                            "1 2026 revidert statens-helsetilsyn 5", "3 2026 forslag - 79500000"),
                    rows(sql, "SELECT post_id || ' ' || year || ' ' || stage || ' ' || coalesce(agency_id, '-') || ' ' "
                            + "|| amount_nok FROM amount ORDER BY post_id, year, stage"));
            assertEquals(List.of("1 helsedirektoratet Alvorlig sykt barn 3600000"),
                    rows(sql, "SELECT a.id || ' ' || a.agency_id || ' ' || a.purpose || ' ' || sum(e.amount_nok) "
                            + "FROM allocation a JOIN allocation_event e ON e.allocation_id = a.id GROUP BY a.id"));

            // the state budget's figure is still one per (post, year, stage): null agencies are not distinct
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO amount (post_id, year, stage, amount_nok) "
                    + "VALUES (1, 2026, 'forslag', 1)"));
        }
        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            // a second agency's letter of the same year and title form is a document of its own
            sql.execute("INSERT INTO agency (id, name, ministry_code) VALUES ('folkehelseinstituttet', "
                    + "'Folkehelseinstituttet', 'HOD')");
            sql.execute("INSERT INTO source_document (id, kind, year, title, sha256, line_count, imported_at, ministry_code, "
                    + "agency_id) VALUES (5, 'tildelingsbrev', 2025, 'Tildelingsbrev 2025 til Helsedirektoratet', "
                    + "repeat('e', 64), 10, now(), 'HOD', 'folkehelseinstituttet')");
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO source_document (id, kind, year, title, sha256, "
                    + "line_count, imported_at, ministry_code) VALUES (6, 'tildelingsbrev', 2025, 'Uten virksomhet', "
                    + "repeat('f', 64), 10, now(), 'HOD')"), "a letter is always an agency's");

            // the data_version triggers of V3 still fire on the changed tables
            long before = version(sql);
            sql.execute("UPDATE amount SET amount_nok = amount_nok + 1 WHERE agency_id = 'statens-helsetilsyn'");
            sql.execute("UPDATE chapter SET ministry_code = 'HOD' WHERE number = 701");
            assertEquals(before + 2, version(sql));
        }
    }

    @Test
    void addsNoMinistryOrAgencyToAnEmptyDatabase() throws SQLException {
        String url = databaseAtV3("budget_migration_v4_empty");
        flyway(url).load().migrate();
        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            assertEquals(List.of("0 0"), rows(sql, "SELECT (SELECT count(*) FROM ministry) || ' ' || "
                    + "(SELECT count(*) FROM agency)"));
        }
    }

    /** A database of its own, emptied and built up to V3 (the platform's migrations first, as at start). */
    private static String databaseAtV3(String name) {
        String url = Sql.database(name);
        flyway(url).cleanDisabled(false).load().clean();
        flyway(url).target("3").load().migrate();
        return url;
    }

    private static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, LocalPostgres.USER, "")
                .locations("classpath:db/migration").callbacks(new PlatformMigrations());
    }

    private static long version(Statement sql) throws SQLException {
        return Long.parseLong(rows(sql, "SELECT version FROM data_version").get(0));
    }
}
