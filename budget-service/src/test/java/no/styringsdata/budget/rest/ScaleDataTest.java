package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.postgres.Sql;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * bench/scale-data.sql, the benchmark's synthetic budget, runs against the schema as the migrations leave it:
 * its rows hold every foreign key (it loads them with the foreign-key triggers off), the change feed and the
 * kept sums follow, and the API's aggregations over it are the sums of its amounts.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ScaleDataTest {

    private static final Logger LOG = Logger.getLogger(ScaleDataTest.class);
    private static final Path SCRIPT = Path.of("..", "bench", "scale-data.sql");
    private static final int ROWS = 3000;
    /** Amount rows per post: 1966–2026, five stages, no tildeling for 2026 (see the script). */
    private static final int ROWS_PER_POST = 61 * 5 - 5;
    /** psql's variables: `:name`, never a cast's `::type`. */
    private static final Pattern VARIABLE = Pattern.compile("(?<![:\\w]):(\\w+)");
    private static final Pattern SET = Pattern.compile("^\\\\set (\\w+) (\\S+)$", Pattern.MULTILINE);

    @Inject
    DataSource dataSource;

    @AfterEach
    void emptyTheDatabase() {
        // what the migrations give an empty database stays; SeedState imports the seeds again where a test needs them
        ContentChecksum.truncateAll(dataSource, "data_version", "ministry_english_name");
    }

    @Test
    void theSyntheticBudgetLoadsConsistentAndIsSummedAsItsAmounts() throws Exception {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            long started = System.nanoTime();
            sql.execute(script(ROWS));
            LOG.infof("bench/scale-data.sql with rows=%d: %d ms", ROWS, (System.nanoTime() - started) / 1_000_000);

            long amounts = count(sql, "SELECT count(*) FROM amount");
            long posts = count(sql, "SELECT count(*) FROM post");
            assertTrue(amounts >= ROWS && amounts < ROWS + 4 * ROWS_PER_POST, "whole chapters of rows: " + amounts);
            assertEquals(posts * ROWS_PER_POST, amounts);
            assertEquals(List.of(), orphans(sql), "rows whose foreign key refers to no row");
            assertEquals(0, count(sql, "SELECT count(*) FROM chapter WHERE ministry_code IS NULL OR named_by IS NULL"));
            assertEquals(amounts / ROWS_PER_POST * 60, count(sql, "SELECT count(*) FROM amount WHERE agency_id IS NOT NULL"));

            // the change feed: every resource once, created; the kept sums are the amounts' sums
            assertEquals(count(sql, "SELECT (SELECT count(*) FROM chapter) + (SELECT count(*) FROM post) "
                            + "+ (SELECT count(*) FROM program_category) + (SELECT count(*) FROM program_area) "
                            + "+ (SELECT count(*) FROM ministry) + (SELECT count(*) FROM agency)"),
                    count(sql, "SELECT count(*) FROM change_log WHERE action = 'created' AND position IS NOT NULL"));
            AmountSumTest.assertKeptSumsComputed(sql, "bench/scale-data.sql");

            assertEquals(computed(sql, "coalesce(cat.code, 'uten kategori')", 2025, "saldert"),
                    answered("/api/budget/aggregations/sums?groupBy=programCategory&year=2025&stage=saldert",
                            "key", "amountNok"));
            assertEquals(computed(sql, "coalesce(cat.code, 'uten kategori')", 2026, "forslag"), answered(
                    "/api/budget/aggregations/comparison?groupBy=programCategory&fromYear=2025&fromStage=saldert"
                            + "&toYear=2026&toStage=forslag", "key", "toNok"));
            assertEquals(computed(sql, "c.ministry_code", 2024, "regnskap"), answered(
                    "/api/budget/aggregations/cube?groupBy=ministry&year=2024&stage=regnskap", "ministry", "amountNok"));
        }
    }

    /** The script as psql would run it with -v rows=…: its \set variables and rows put in, its psql lines out. */
    private static String script(int rows) throws IOException {
        String text = Files.readString(SCRIPT);
        Map<String, String> variables = new HashMap<>(Map.of("rows", String.valueOf(rows)));
        Matcher set = SET.matcher(text);
        while (set.find()) {
            variables.putIfAbsent(set.group(1), set.group(2));
        }
        String plain = text.lines().filter(line -> !line.startsWith("\\")).reduce("", (a, b) -> a + b + "\n");
        return VARIABLE.matcher(plain).replaceAll(variable -> {
            String value = variables.get(variable.group(1));
            assertFalse(value == null, "psql variable :" + variable.group(1) + " not set");
            return value;
        });
    }

    /** Every foreign key of the public tables: the rows that refer to no row, as "constraint: count". */
    private static List<String> orphans(Statement sql) throws SQLException {
        List<String> checks = Sql.rows(sql, """
                SELECT format('SELECT %L || '': '' || count(*) FROM %s x WHERE %s AND NOT EXISTS (SELECT FROM %s y WHERE %s) '
                              'HAVING count(*) > 0', k.conname, k.conrelid::regclass,
                              string_agg(format('x.%I IS NOT NULL', a.attname), ' AND '), k.confrelid::regclass,
                              string_agg(format('y.%I = x.%I', r.attname, a.attname), ' AND '))
                FROM pg_constraint k
                CROSS JOIN unnest(k.conkey, k.confkey) AS u(attnum, refnum)
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                JOIN pg_attribute r ON r.attrelid = k.confrelid AND r.attnum = u.refnum
                WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
                GROUP BY k.conname, k.conrelid, k.confrelid ORDER BY k.conname""");
        assertTrue(checks.size() > 10, "the schema's foreign keys: " + checks.size());
        return checks.stream().flatMap(check -> {
            try {
                return Sql.rows(sql, check).stream();
            } catch (SQLException e) {
                throw new IllegalStateException(check, e);
            }
        }).toList();
    }

    /** The state budget's expenditure of a (year, stage) summed from the amounts by the key, as "key=sum". */
    private static Map<String, Long> computed(Statement sql, String key, int year, String stage) throws SQLException {
        Map<String, Long> sums = new HashMap<>();
        for (String row : Sql.rows(sql, "SELECT " + key + ", sum(a.amount_nok) FROM amount a "
                + "JOIN post p ON p.id = a.post_id JOIN chapter c ON c.number = p.chapter_number "
                + "LEFT JOIN program_category cat ON cat.code = c.category_code WHERE a.agency_id IS NULL "
                + "AND c.number < 3000 AND a.year = " + year + " AND a.stage = '" + stage + "' GROUP BY 1")) {
            String[] columns = row.split("\\|");
            sums.put(columns[0], Long.parseLong(columns[1]));
        }
        assertFalse(sums.isEmpty(), "amounts of " + year + " " + stage);
        return sums;
    }

    private static Map<String, Long> answered(String path, String key, String sum) {
        JsonPath answer = given().when().get(path).then().statusCode(200).extract().jsonPath();
        Map<String, Long> sums = new HashMap<>();
        for (Map<String, Object> row : answer.<Map<String, Object>>getList("")) {
            sums.put(String.valueOf(row.get(key)), ((Number) row.get(sum)).longValue());
        }
        return sums;
    }

    private static long count(Statement sql, String query) throws SQLException {
        return Long.parseLong(Sql.rows(sql, query).get(0));
    }
}
