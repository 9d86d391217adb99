package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
 * its key-figure table (842 become 843): those three indicators and the values of "Antall ansatte" change, nothing
 * else.
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
        return Stream.concat(reworded.stream().map(i -> resource("indicator", String.valueOf(i.get("id")))),
                Stream.of(resource("values", String.valueOf(employees)))).collect(Collectors.toSet());
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
