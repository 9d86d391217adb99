package no.styringsdata.indicator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.platform.schema.PlatformMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V4 moves the records of a database as V1 left it to HOD / Helsedirektoratet: built at V1 with the
 * Flyway API, filled in the old shape, then migrated as the service migrates at start. V5 (areas, long-term
 * goals, prestasjonskrav, result requirements) keeps the rows V4 left as they were.
 */
class MinistryAgencyMigrationTest {

    @Test
    void movesEveryRecordOfTheOldShapeToHodAndHelsedirektoratetWithoutLoss() throws SQLException {
        Map<String, String> database = database("indicator_migration_v1");
        flyway(database, "1").migrate();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO goal (id, year, number, title, document, source_title, source_line) VALUES
                        (1, 2025, 1, 'Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt', 'tildelingsbrev',
                         'Tildelingsbrev 2025 for Helsedirektoratet', 160),
                        (2, 2024, 1, 'Folkehelsearbeidet er kunnskapsbasert', 'arsrapport', 'Årsrapport 2024', 300)""");
            s.execute("""
                    INSERT INTO series (id, text_key, kind, text) VALUES
                        (1, 'andel kommuner som har', 'key_figure', 'Andel kommuner som har ...'),
                        (2, 'antall ansatte', 'key_figure', 'Antall ansatte')""");
            s.execute("""
                    INSERT INTO indicator (id, series_id, goal_id, goal_number, year, document, kind, number, text,
                                           text_key, source_title, source_line, search_text) VALUES
                        (1, 1, 1, 1, 2025, 'tildelingsbrev', 'key_figure', 1, 'Andel kommuner som har ...',
                         'andel kommuner som har', 'Tildelingsbrev 2025 for Helsedirektoratet', 170, 'Andel kommuner'),
                        (2, 1, 2, 1, 2024, 'arsrapport', 'key_figure', 1, 'Andel kommuner som har ...',
                         'andel kommuner som har', 'Årsrapport 2024', 310, 'Andel kommuner'),
                        (3, 2, NULL, NULL, 2024, 'arsrapport', 'key_figure', 1, 'Antall ansatte',
                         'antall ansatte', 'Årsrapport 2024', 1190, 'Antall ansatte')""");
            s.execute("""
                    INSERT INTO indicator_value (id, indicator_id, period_year, period_kind, period_part, value, unit,
                                                 breakdown, origin, note, source, source_line, version, recorded_by,
                                                 recorded_at) VALUES
                        (1, 2, 2024, 'year', 0, 83.5, 'percent', NULL, 'sentence', 'Andelen var 83,5 prosent',
                         'Årsrapport 2024', 320, 0, 'import', '2025-03-01T10:00:00Z'),
                        (2, 3, 2024, 'year', 0, 842, 'count', 'Helsedirektoratet', 'table', NULL,
                         'Årsrapport 2024', 1190, 0, 'import', '2025-03-01T10:00:00Z'),
                        (3, 3, 2025, 'tertial', 1, 850, 'count', 'Helsedirektoratet', 'api', 'Rettet', 'api', NULL, 2,
                         'kari', '2025-05-01T10:00:00Z')""");
        }
        String valuesBefore = rows(database, "SELECT * FROM indicator_value ORDER BY id");
        String goalsBefore = rows(database, "SELECT id, year, number, title, document, source_title, source_line "
                + "FROM goal ORDER BY id");

        flyway(database, "latest").migrate();

        assertEquals(List.of("HOD|Helse- og omsorgsdepartementet"), list(database, "SELECT code, name FROM ministry"));
        assertEquals(List.of("helsedirektoratet|Helsedirektoratet|null|HOD"),
                list(database, "SELECT id, name, org_number, ministry_code FROM agency"));
        for (String table : List.of("goal", "series", "indicator")) {
            assertEquals(List.of("HOD|helsedirektoratet"), list(database,
                    "SELECT DISTINCT ministry_code, agency_id FROM " + table), table);
        }
        assertEquals(List.of("2"), list(database, "SELECT count(*) FROM goal"));
        assertEquals(List.of("2"), list(database, "SELECT count(*) FROM series"));
        assertEquals(List.of("1|1|1", "2|1|2", "3|2|null"),
                list(database, "SELECT id, series_id, goal_id FROM indicator ORDER BY id"));
        assertEquals(goalsBefore, rows(database, "SELECT id, year, number, title, document, source_title, source_line "
                + "FROM goal ORDER BY id"));
        assertEquals(valuesBefore, rows(database, "SELECT * FROM indicator_value ORDER BY id"));

        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ministry (code, name) VALUES ('KD', 'Kunnskapsdepartementet')");
            s.execute("INSERT INTO agency (id, name, ministry_code) VALUES ('folkehelseinstituttet', "
                    + "'Folkehelseinstituttet', 'HOD')");
            // the same text is another series at another agency ...
            s.execute("INSERT INTO series (id, ministry_code, agency_id, text_key, kind, text) VALUES "
                    + "(3, 'HOD', 'folkehelseinstituttet', 'antall ansatte', 'key_figure', 'Antall ansatte')");
            // ... and the same goal of the same year another goal, also at another ministry of the same agency
            s.execute("INSERT INTO goal (id, ministry_code, agency_id, year, number, title, document, source_line) "
                    + "VALUES (3, 'HOD', 'folkehelseinstituttet', 2025, 1, 'Folkehelse', 'tildelingsbrev', 160), "
                    + "(4, 'KD', 'helsedirektoratet', 2025, 1, 'Utdanning', 'tildelingsbrev', 160)");
            assertRefused(s, "series_natural_key", "one series per text within one agency",
                    "INSERT INTO series (id, ministry_code, agency_id, text_key, kind, text) VALUES "
                            + "(4, 'HOD', 'helsedirektoratet', 'antall ansatte', 'key_figure', 'Antall ansatte')");
            assertRefused(s, "indicator_series_of_its_agency", "an indicator cannot join another agency's series", """
                    INSERT INTO indicator (id, series_id, goal_id, goal_number, year, document, kind, number, text, text_key,
                                           source_line, search_text, ministry_code, agency_id)
                    VALUES (4, 2, NULL, NULL, 2025, 'arsrapport', 'key_figure', 1, 'Antall ansatte', 'antall ansatte',
                            1, 'Antall ansatte', 'HOD', 'folkehelseinstituttet')""");
            assertRefused(s, "ministry_code", "a goal is someone's",
                    "INSERT INTO goal (id, year, number, title, document, source_line) "
                            + "VALUES (5, 2026, 1, 'Nobody''s', 'tildelingsbrev', 1)");
        }
    }

    @Test
    void v5KeepsTheRowsOfV4AndAddsAreasLongTermGoalsPrestasjonskravAndResultRequirements() throws SQLException {
        Map<String, String> database = database("indicator_migration_v4");
        flyway(database, "4").migrate();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ministry (code, name) VALUES ('HOD', 'Helse- og omsorgsdepartementet')");
            s.execute("INSERT INTO agency (id, name, ministry_code) VALUES ('helsedirektoratet', 'Helsedirektoratet', 'HOD')");
            s.execute("INSERT INTO goal (id, ministry_code, agency_id, year, number, title, document, source_line) "
                    + "VALUES (1, 'HOD', 'helsedirektoratet', 2025, 1, 'Folkehelse', 'tildelingsbrev', 255)");
            s.execute("INSERT INTO series (id, ministry_code, agency_id, text_key, kind, text) VALUES "
                    + "(1, 'HOD', 'helsedirektoratet', 'andel kommuner', 'steering_parameter', 'Andel kommuner')");
            s.execute("""
                    INSERT INTO indicator (id, series_id, goal_id, goal_number, year, document, kind, number, text, text_key,
                                           source_line, search_text, ministry_code, agency_id)
                    VALUES (1, 1, 1, 1, 2025, 'tildelingsbrev', 'steering_parameter', 1, 'Andel kommuner', 'andel kommuner',
                            265, 'Andel kommuner', 'HOD', 'helsedirektoratet')""");
        }
        String indicatorsBefore = rows(database, "SELECT * FROM indicator ORDER BY id");

        flyway(database, "latest").migrate();

        assertEquals(List.of("null|{}"), list(database, "SELECT area, long_term_goals FROM goal"));
        assertEquals(List.of("{}"), list(database, "SELECT requirements FROM indicator"));
        assertEquals(indicatorsBefore, rows(database, "SELECT id, series_id, goal_id, goal_number, year, document, kind, "
                + "number, text, sub_items, text_key, source_title, source_line, search_text, search_vector, ministry_code, "
                + "agency_id FROM indicator ORDER BY id"));
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("UPDATE goal SET area = 'Hovedområde 1', long_term_goals = '{\"Bedre folkehelse\"}'");
            s.execute("UPDATE indicator SET requirements = '{\"Rapporteres i årsrapporten\"}'");
            s.execute("INSERT INTO series (id, ministry_code, agency_id, text_key, kind, text) VALUES "
                    + "(2, 'HOD', 'helsedirektoratet', 'minst 70 prosent', 'result_requirement', 'Minst 70 prosent')");
            String requirement = """
                    INSERT INTO indicator (id, series_id, goal_id, goal_number, year, document, kind, number, text, text_key,
                                           source_line, search_text, ministry_code, agency_id, requirements)
                    VALUES (%d, 2, 1, 1, 2025, 'tildelingsbrev', '%s', %d, 'Minst 70 prosent', 'minst 70 prosent', 270,
                            'Minst 70 prosent', 'HOD', 'helsedirektoratet', '%s')""";
            s.execute(requirement.formatted(2, "result_requirement", 1, "{}"));
            assertRefused(s, "indicator_requirements_of_steering_parameters", "only a steering parameter has prestasjonskrav",
                    requirement.formatted(3, "result_requirement", 2, "{\"Rapporteres\"}"));
            assertRefused(s, "indicator_kind_check", "three kinds", requirement.formatted(3, "resultatkrav", 2, "{}"));
            assertRefused(s, "goal_area_check", "an area is named or null", "UPDATE goal SET area = ''");
        }
    }

    @Test
    void anEmptyDatabaseGetsNoMinistryOrAgency() throws SQLException {
        Map<String, String> database = database("indicator_migration_empty");
        flyway(database, "1").migrate();
        flyway(database, "latest").migrate();
        assertEquals(List.of("0|0"), list(database, "SELECT (SELECT count(*) FROM ministry), (SELECT count(*) FROM agency)"));
    }

    /** The statement fails, and for the reason given: the message names the constraint or column. */
    private static void assertRefused(Statement statement, String naming, String why, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), why);
        assertTrue(refused.getMessage().contains(naming), why + ": " + refused.getMessage());
    }

    private static Map<String, String> database(String name) {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", name));
        return resource.start();
    }

    /** Migrates as the service does (db/migration, the platform's migrations first: PlatformMigrationsFirst). */
    private static Flyway flyway(Map<String, String> database, String target) {
        return Flyway.configure()
                .dataSource(database.get("quarkus.datasource.jdbc.url"), database.get("quarkus.datasource.username"),
                        database.get("quarkus.datasource.password"))
                .locations("classpath:db/migration").callbacks(new PlatformMigrations())
                .target(target)
                .load();
    }

    private static Connection connect(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("quarkus.datasource.jdbc.url"),
                database.get("quarkus.datasource.username"), database.get("quarkus.datasource.password"));
    }

    /** Each row as its columns joined by {@code |}. */
    private static List<String> list(Map<String, String> database, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    private static String rows(Map<String, String> database, String query) throws SQLException {
        return String.join("\n", list(database, query));
    }
}
