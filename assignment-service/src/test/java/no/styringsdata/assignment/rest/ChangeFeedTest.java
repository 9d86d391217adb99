package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.documents.SeedTexts;
import no.styringsdata.testing.postgres.PostgresTestResource;

/**
 * The assignments' change feed: see {@link no.styringsdata.testing.ChangeFeedTest}. The import is the
 * supplementary letter cut after its first three assignments.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ChangeFeedTest extends no.styringsdata.testing.ChangeFeedTest {

    /** An assignment's heading at the start of a line: {@code TB2025 - 80 Felles oppdrag …}. */
    private static final Pattern HEADING = Pattern.compile("^(TB\\d{4})\\s*[-–]\\s*(\\d+)\\b");
    private static final int ASSIGNMENTS = 3;

    @Override
    protected void seedBeforeImport() {
        ContentChecksum.truncateAll(dataSource);
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                .body(SeedTexts.read(SeedTexts.ALLOCATION_LETTER)).post("/api/assignments/imports").then().statusCode(200);
    }

    @Override
    protected void importChanges() {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(threeAssignments())
                .queryParams(Map.of("kind", "supplerende-tildelingsbrev", "ministry", "HOD", "agency", "Helsedirektoratet",
                        "year", 2025))
                .post("/api/assignments/imports").then().statusCode(200);
    }

    @Override
    protected Set<String> changedByImport() {
        return threeAssignments().lines().map(HEADING::matcher).filter(Matcher::find)
                .map(heading -> resource("assignment", heading.group(1) + "-" + heading.group(2)))
                .collect(Collectors.toSet());
    }

    @Override
    protected Write creation() {
        return new Write("INSERT INTO ministry (code, name) VALUES ('HOD', 'Helse- og omsorgsdepartementet') "
                + "ON CONFLICT DO NOTHING; INSERT INTO agency (id, name, ministry_code) VALUES ('helsedirektoratet', "
                + "'Helsedirektoratet', 'HOD') ON CONFLICT DO NOTHING; INSERT INTO assignment (id, year, number, "
                + "letter_kind, letter_year, title, text, source_line, ministry_code, agency_id) VALUES ('TB2099-1', "
                + "2099, 1, 'tildelingsbrev', 2099, 'Endringsstrøm', 'Endringsstrøm', 1, 'HOD', 'helsedirektoratet')",
                resource("assignment", "TB2099-1"));
    }

    @Override
    protected String removal() {
        return "DELETE FROM assignment WHERE id = 'TB2099-1'";
    }

    /** The supplementary letter up to its fourth assignment's heading (the cut loses where it names its sender). */
    private static String threeAssignments() {
        List<String> kept = new ArrayList<>();
        int headings = 0;
        for (String line : SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER).split("\n", -1)) {
            if (HEADING.matcher(line).find() && ++headings > ASSIGNMENTS) {
                break;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }
}
