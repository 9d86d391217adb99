package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static no.styringsdata.testing.Requests.PROBLEM;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ImportResourceTest extends no.styringsdata.testing.ImportResourceTest {

    ImportResourceTest() {
        super("lorem ipsum\n\u0000\u0001 dolor TB 12 34\nFrist: frist", SeedDocuments::importLetters,
                SeedDocuments.ANNUAL_REPORT, SeedDocuments.PROP1S);
    }

    @Test
    void theMainAndTheSupplementaryLetterOf2025Give83Assignments() {
        SeedDocuments.importLetters();
        given().when().get("/api/assignments?year=2025&size=1").then().statusCode(200).header("X-Total-Count", "83");
    }

    @Test
    void reimportingTheSameLettersChangesNothing() {
        SeedDocuments.importLetters();
        JsonPath main = importText(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER));
        assertEquals("tildelingsbrev", main.getString("kind"));
        assertEquals("HOD", main.getString("ministry"));
        assertEquals("helsedirektoratet", main.getString("agency"));
        assertEquals("Helsedirektoratet", main.getString("agencyName"));
        assertEquals(2025, main.getInt("year"));
        assertEquals("Tildelingsbrev 2025 til Helsedirektoratet", main.getString("title"));
        assertEquals(72, main.<Integer>getList("sections.found.assignments").stream().mapToInt(Integer::intValue).sum());
        assertEquals(false, main.getBoolean("changed"));
        assertEquals(0, main.getInt("changes.assignments.created") + main.getInt("changes.assignments.updated"));
        assertEquals(72, main.getInt("changes.assignments.unchanged"));

        JsonPath supplementary = importText(SeedDocuments.read(SeedDocuments.SUPPLEMENTARY_LETTER));
        assertEquals("supplerende-tildelingsbrev", supplementary.getString("kind"));
        assertEquals("helsedirektoratet", supplementary.getString("agency"));
        assertEquals(false, supplementary.getBoolean("changed"));
        assertEquals(11, supplementary.getInt("changes.assignments.unchanged"));
        // the gap between TB2025-88 and TB2025-90, line 219
        assertEquals(219, supplementary.getInt("warnings[0].line"));
        given().when().get("/api/assignments?year=2025&size=1").then().statusCode(200).header("X-Total-Count", "83");
    }

    @Test
    void reimportingKeepsTheStatusHistory() {
        SeedDocuments.importLetters();
        StatusChanges.post("TB2025-20", "{\"status\":\"in_progress\",\"date\":\"2025-02-03\"}").statusCode(201);
        importText(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER));
        given().when().get("/api/assignments/TB2025-20").then().statusCode(200)
                .body("status", is("in_progress"))
                .body("statusHistory[0].status", is("not_started"))
                .body("statusHistory[0].recordedBy", is("import"))
                .body("statusHistory[0].source", containsString("line"))
                .body("statusHistory[-1].status", is("in_progress"));
    }

    @Test
    void storesALetterWhoseReferencesAreNoBudgetPosts() {
        // "kap. 0" and "post 00" read as references, but no such chapter or post exists
        JsonPath report = importText("""
                Tildelingsbrev 2099

                TB2099-1 Avd. HOD SHA Prøve
                Se kap. 0 og kap. 714, post 00 og post 21. Frist: 1. mars 2099.
                """, "ministry", "HOD", "agency", "Helsedirektoratet");
        assertEquals(2099, report.getInt("year"));
        given().when().get("/api/assignments/TB2099-1").then().statusCode(200)
                .body("references.posts.chapter", everyItem(greaterThan(0)));
    }

    /** A supplementary letter that names its ministry but not the agency it is addressed to. */
    private static final String NAMELESS_SUPPLEMENTARY = """
            Supplerende tildelingsbrev nr. 1 for 2098

            Helse- og omsorgsdepartementet viser til tildelingsbrevet for 2098.

            TB2098-7 Avd. HOD KTA Prøveoppdrag
            Det skal utredes en ordning. Frist: 1. mars 2098.
            """;

    @Test
    void aLetterThatNamesNoAgencyNeedsTheAgencyParameter() {
        long before = SeedDocuments.assignmentCount();
        importing(NAMELESS_SUPPLEMENTARY).statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", is("agency"))
                .body("violations[0].in", is("query"));
        // a value that is no agency's name, and one longer than any agency's name
        importing(NAMELESS_SUPPLEMENTARY, "agency", "!!!").statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", is("agency"));
        importing(NAMELESS_SUPPLEMENTARY, "agency", "x".repeat(150)).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("agency"));
        assertEquals(before, SeedDocuments.assignmentCount());

        JsonPath report = importText(NAMELESS_SUPPLEMENTARY, "agency", "Direktoratet for medisinske produkter");
        assertEquals("supplerende-tildelingsbrev", report.getString("kind"));
        assertEquals("direktoratet-for-medisinske-produkter", report.getString("agency"));
        assertEquals("HOD", report.getString("ministry"));
        given().when().get("/api/assignments/TB2098-7").then().statusCode(200)
                .body("agency", is("direktoratet-for-medisinske-produkter"))
                .body("agencyName", is("Direktoratet for medisinske produkter"))
                .body("ministry", is("HOD"));
    }

    @Test
    void anAgencyOrKindThatContradictsTheTextIsRefusedAndWritesNothing() {
        SeedDocuments.importLetters();
        long before = SeedDocuments.assignmentCount();
        String letter = SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER);
        importing(letter, "agency", "Folkehelseinstituttet").statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", is("agency"))
                .body("detail", containsString("Helsedirektoratet"));
        importing(letter, "kind", "supplerende-tildelingsbrev").statusCode(422).body("violations[0].field", is("kind"));
        importing(letter, "kind", "letter").statusCode(400).body("violations[0].field", is("kind"));
        assertEquals(before, SeedDocuments.assignmentCount());
        // the parameters that agree with the text change nothing either
        JsonPath same = importText(letter, "kind", "tildelingsbrev", "ministry", "hod", "agency", "Helsedirektoratet",
                "year", "2025");
        assertEquals(false, same.getBoolean("changed"));
    }

    /** Imports the text with the import parameters given as name, value, name, value, …; expects 200. */
    private JsonPath importText(String text, String... parameters) {
        return importing(text, parameters).statusCode(200).extract().jsonPath();
    }
}
