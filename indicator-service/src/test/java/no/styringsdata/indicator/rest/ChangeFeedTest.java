package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.documents.GoalVariants;
import no.styringsdata.testing.documents.SeedTexts;
import no.styringsdata.testing.postgres.PostgresTestResource;

/**
 * The indicators' change feed: see {@link no.styringsdata.testing.ChangeFeedTest}. The import is the 2025 letter
 * with the first steering parameter of goals 1, 2 and 3 reworded, and the 2024 report with one employee more in
 * its key-figure table (842 become 843): those three indicators and the value lists of the series "Antall ansatte"
 * change, nothing else.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ChangeFeedTest extends no.styringsdata.testing.ChangeFeedTest {

    private static final String MARKER = "Endret:";
    private static final int[] GOALS = {1, 2, 3};
    /** The first figure of the key-figure table's row of employees. */
    private static final Pattern EMPLOYEES = Pattern.compile("(?m)^(Antall ansatte\\s+)(\\d+)");

    @Override
    protected void seedBeforeImport() {
        ContentChecksum.truncateAll(dataSource);
        post(SeedTexts.read(SeedTexts.ALLOCATION_LETTER));
        post(SeedTexts.read(SeedTexts.ANNUAL_REPORT));
    }

    @Override
    protected void importChanges() {
        post(GoalVariants.rewordedFirstSteeringParameters(SeedTexts.read(SeedTexts.ALLOCATION_LETTER), MARKER, GOALS));
        post(reportWithOneMoreEmployee());
    }

    /**
     * The letter's indicators whose text the variant reworded (one steering parameter of each goal), and the values
     * of the report's key figure "Antall ansatte".
     */
    @Override
    protected Set<String> changedByImport() {
        List<Map<String, Object>> reworded = given().get("/api/indicators?year=2025&document=tildelingsbrev&size=1000")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(i -> ((String) i.get("text")).startsWith(MARKER)).toList();
        assertEquals(Arrays.stream(GOALS).boxed().toList(), reworded.stream().map(i -> i.get("goal")).sorted().toList(),
                "the variant rewords one indicator of each goal: " + reworded);
        reworded.forEach(i -> assertEquals("steering_parameter", i.get("kind")));
        long employees = SeedDocuments.tableKeyFigure("Antall ansatte");
        Matcher row = EMPLOYEES.matcher(reportWithOneMoreEmployee());
        assertTrue(row.find());
        assertEquals(List.of(Integer.parseInt(row.group(2))), given().get("/api/indicators/" + employees + "/values")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.period == '2024' && it.indicatorId == "
                        + employees + " && it.breakdown == 'Helsedirektoratet' }.value"), "the report's figure stored");
        // a value list shows the whole series: that of every indicator of the series changes
        List<Map<String, Object>> all = given().get("/api/indicators?size=1000").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Object series = all.stream().filter(i -> ((Number) i.get("id")).longValue() == employees).findFirst()
                .orElseThrow().get("seriesId");
        return Stream.concat(reworded.stream().map(i -> resource("indicator", String.valueOf(i.get("id")))),
                all.stream().filter(i -> series.equals(i.get("seriesId")))
                        .map(i -> resource("values", String.valueOf(i.get("id"))))).collect(Collectors.toSet());
    }

    @Override
    protected Write creation() {
        return new Write("INSERT INTO ministry (code, name) VALUES ('HOD', 'Helse- og omsorgsdepartementet') "
                + "ON CONFLICT DO NOTHING; INSERT INTO agency (id, name, ministry_code) VALUES ('helsedirektoratet', "
                + "'Helsedirektoratet', 'HOD') ON CONFLICT DO NOTHING; INSERT INTO series (id, text_key, kind, text, "
                + "ministry_code, agency_id) VALUES (990001, 'endringsstrom', 'key_figure', 'Endringsstrøm', 'HOD', "
                + "'helsedirektoratet'); INSERT INTO indicator (id, series_id, year, document, kind, number, text, "
                + "text_key, source_line, search_text, ministry_code, agency_id) VALUES (990001, 990001, 2099, "
                + "'arsrapport', 'key_figure', 1, 'Endringsstrøm', 'endringsstrom', 1, 'Endringsstrøm', 'HOD', "
                + "'helsedirektoratet')", resource("indicator", "990001"));
    }

    @Override
    protected String removal() {
        return "DELETE FROM indicator WHERE id = 990001; DELETE FROM series WHERE id = 990001";
    }

    /**
     * A value list shows its indicator's whole series, so a value written under one indicator changes the value lists
     * of all of them, and so does removing values.
     */
    @Test
    void aValueChangesTheValueListOfEveryIndicatorOfItsSeries() throws SQLException {
        seedBeforeImport();
        long employees = SeedDocuments.tableKeyFigure("Antall ansatte");
        execute("INSERT INTO indicator (id, series_id, year, document, kind, number, text, text_key, source_line, "
                + "search_text, ministry_code, agency_id) SELECT 990002, series_id, 2098, document, kind, number, text, "
                + "text_key, source_line, search_text, ministry_code, agency_id FROM indicator WHERE id = " + employees);
        String cursor = sync(null, 1000).cursor();
        execute("UPDATE indicator_value SET value = value + 1 WHERE indicator_id = " + employees
                + " AND id = (SELECT min(id) FROM indicator_value WHERE indicator_id = " + employees + ")");
        Sync afterValue = sync(cursor, 1000);
        assertEquals(Set.of(resource("values", String.valueOf(employees)), resource("values", "990002")),
                afterValue.resources(), "both value lists of the series");
        execute("DELETE FROM indicator_value WHERE indicator_id = " + employees);
        assertEquals(Set.of(resource("values", String.valueOf(employees)), resource("values", "990002")),
                sync(afterValue.cursor(), 1000).resources(), "values removed: both value lists of the series");
        execute("DELETE FROM indicator WHERE id = 990002");
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The report with the first figure of its employees' row one higher. */
    private static String reportWithOneMoreEmployee() {
        String report = SeedTexts.read(SeedTexts.ANNUAL_REPORT);
        Matcher row = EMPLOYEES.matcher(report);
        assertTrue(row.find(), "the report has a row of employees");
        return report.substring(0, row.start(2)) + (Integer.parseInt(row.group(2)) + 1) + report.substring(row.end(2));
    }

    private static void post(String document) {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(document)
                .post("/api/indicators/imports").then().statusCode(200);
    }
}
