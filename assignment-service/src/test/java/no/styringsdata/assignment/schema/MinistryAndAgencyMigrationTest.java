package no.styringsdata.assignment.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static no.styringsdata.testing.postgres.Sql.rows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.styringsdata.localpg.LocalPostgres;
import no.styringsdata.platform.schema.PlatformMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V4 moves the assignments stored before ministries and agencies existed to HOD / Helsedirektoratet:
 * a database built at V1 with rows in the old shape (status history included) is migrated, and
 * every row is still there, now the agency's, with its children on the new key.
 */
class MinistryAndAgencyMigrationTest {

    private static LocalPostgres server;

    @BeforeAll
    static void start() {
        server = LocalPostgres.startTemporary();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, LocalPostgres.USER, "")
                .locations("classpath:db/migration").callbacks(new PlatformMigrations()).target(target).load();
    }

    @Test
    void movesTodaysAssignmentsToHelsedirektoratetWithoutLoss() throws SQLException {
        String url = server.ensureDatabase("assignment_v1_data");
        flyway(url, "1").migrate();
        try (Connection db = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO assignment (id, year, number, letter_kind, letter_year, letter_title, letter_date,
                        departments, title, text, goal_number, goal_title, continued, source_line, status, version)
                    VALUES ('TB2025-43', 2025, 43, 'tildelingsbrev', 2025, 'Tildelingsbrev 2025', '2024-12-20',
                        '{SHA}', 'Ventetidsløftet', 'Helsedirektoratet skal ...', 7, 'Kortere ventetider', false,
                        1933, 'in_progress', 1),
                           ('TB2025-81', 2025, 81, 'supplerende-tildelingsbrev', 2025, NULL, NULL,
                        '{KTA,FHA}', 'Prøve', 'Tekst', NULL, NULL, false, 120, 'not_started', 0)""");
            sql.execute("""
                    INSERT INTO deadline (assignment_id, position, due_date, label, text, year_inferred, source_line)
                    VALUES ('TB2025-43', 0, NULL, NULL, 'Frist: i løpet av 2025.', false, 1940),
                           ('TB2025-81', 0, '2025-08-01', 'del 1', 'Frist for del 1: 1. august', true, 125),
                           ('TB2025-81', 1, '2025-12-01', 'del 2', 'Frist for del 2: 1. desember', true, 126)""");
            sql.execute("INSERT INTO assignment_reference VALUES ('TB2025-43', 0, 'TTB2024-58'), ('TB2025-43', 1, 'TB2023-30')");
            sql.execute("INSERT INTO post_reference VALUES ('TB2025-81', 0, 714, 21), ('TB2025-81', 1, 740, NULL)");
            sql.execute("""
                    INSERT INTO status_change (assignment_id, status, status_date, note, source, recorded_by, recorded_at)
                    VALUES ('TB2025-43', 'not_started', '2024-12-20', NULL, 'Tildelingsbrev 2025, line 1933', 'import',
                            '2025-01-02T09:00:00Z'),
                           ('TB2025-43', 'in_progress', '2025-02-01', 'Arbeidet er startet.', 'api', 'kari',
                            '2025-02-01T10:12:00Z'),
                           ('TB2025-81', 'not_started', '2025-06-01', NULL, 'Supplerende tildelingsbrev 2025, line 120',
                            'import', '2025-06-02T09:00:00Z')""");
        }
        flyway(url, "latest").migrate();

        try (Connection db = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement sql = db.createStatement()) {
            assertEquals(List.of("HOD|Helse- og omsorgsdepartementet"), rows(sql, "SELECT code, name FROM ministry"));
            assertEquals(List.of("helsedirektoratet|Helsedirektoratet|null|HOD"),
                    rows(sql, "SELECT id, name, org_number, ministry_code FROM agency"));
            assertEquals(List.of(
                            "TB2025-43|HOD|helsedirektoratet|2025|43|tildelingsbrev|Tildelingsbrev 2025|2024-12-20|{SHA}|"
                                    + "Ventetidsløftet|Helsedirektoratet skal ...|7|Kortere ventetider|f|1933|in_progress|1",
                            "TB2025-81|HOD|helsedirektoratet|2025|81|supplerende-tildelingsbrev|null|null|{KTA,FHA}|"
                                    + "Prøve|Tekst|null|null|f|120|not_started|0"),
                    rows(sql, """
                            SELECT id, ministry_code, agency_id, year, number, letter_kind, letter_title, letter_date,
                                   departments, title, text, goal_number, goal_title, continued, source_line, status,
                                   version
                            FROM assignment ORDER BY id"""));
            assertEquals(List.of("TB2025-43|0|null|null|Frist: i løpet av 2025.|f|1940",
                            "TB2025-81|0|2025-08-01|del 1|Frist for del 1: 1. august|t|125",
                            "TB2025-81|1|2025-12-01|del 2|Frist for del 2: 1. desember|t|126"),
                    rows(sql, """
                            SELECT a.id, d.position, d.due_date, d.label, d.text, d.year_inferred, d.source_line
                            FROM deadline d JOIN assignment a ON a.pk = d.assignment_pk ORDER BY a.id, d.position"""));
            assertEquals(List.of("TB2025-43|0|TTB2024-58", "TB2025-43|1|TB2023-30"), rows(sql, """
                    SELECT a.id, r.position, r.referenced_id
                    FROM assignment_reference r JOIN assignment a ON a.pk = r.assignment_pk ORDER BY a.id, r.position"""));
            assertEquals(List.of("TB2025-81|0|714|21", "TB2025-81|1|740|null"), rows(sql, """
                    SELECT a.id, p.position, p.chapter, p.post
                    FROM post_reference p JOIN assignment a ON a.pk = p.assignment_pk ORDER BY a.id, p.position"""));
            assertEquals(List.of(
                            "TB2025-43|not_started|2024-12-20|null|Tildelingsbrev 2025, line 1933|import|2025-01-02 09:00:00+00",
                            "TB2025-43|in_progress|2025-02-01|Arbeidet er startet.|api|kari|2025-02-01 10:12:00+00",
                            "TB2025-81|not_started|2025-06-01|null|Supplerende tildelingsbrev 2025, line 120|import|"
                                    + "2025-06-02 09:00:00+00"),
                    rows(sql, """
                            SELECT a.id, s.status, s.status_date, s.note, s.source, s.recorded_by,
                                   to_char(s.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00'
                            FROM status_change s JOIN assignment a ON a.pk = s.assignment_pk ORDER BY a.id, s.recorded_at"""));

            // The new key: another agency's TB2025-43 is another assignment; the same agency's twice is refused.
            sql.execute("INSERT INTO agency (id, name, ministry_code) VALUES ('folkehelseinstituttet', 'Folkehelseinstituttet', 'HOD')");
            String second = """
                    INSERT INTO assignment (id, ministry_code, agency_id, year, number, letter_kind, letter_year, title,
                        text, source_line)
                    VALUES ('TB2025-43', 'HOD', '%s', 2025, 43, 'tildelingsbrev', 2025, 'Ventetidsløftet', '', 1933)""";
            sql.execute(second.formatted("folkehelseinstituttet"));
            assertEquals(List.of("2"), rows(sql, "SELECT count(*) FROM assignment WHERE id = 'TB2025-43'"));
            assertThrows(SQLException.class, () -> sql.execute(second.formatted("helsedirektoratet")));
        }
    }

    @Test
    void leavesAnEmptyDatabaseWithoutMinistriesOrAgencies() throws SQLException {
        String url = server.ensureDatabase("assignment_v1_empty");
        flyway(url, "1").migrate();
        flyway(url, "latest").migrate();
        try (Connection db = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement sql = db.createStatement()) {
            assertEquals(List.of("0|0"), rows(sql, "SELECT (SELECT count(*) FROM ministry), (SELECT count(*) FROM agency)"));
            // every assignment must name its ministry and agency
            assertThrows(SQLException.class, () -> sql.execute("""
                    INSERT INTO assignment (id, year, number, letter_kind, letter_year, title, text, source_line)
                    VALUES ('TB2025-1', 2025, 1, 'tildelingsbrev', 2025, 'Tittel', '', 1)"""));
        }
    }
}
