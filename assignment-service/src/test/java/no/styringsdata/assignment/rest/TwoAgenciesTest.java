package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.LetterVariants;
import no.styringsdata.testing.documents.SeedTexts;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two agencies of one ministry with the same assignment numbering: Helsedirektoratet's real letters of
 * 2025 and the same letters rewritten for Folkehelseinstituttet. Each agency has its own assignments,
 * an id of both is never answered with one of them silently, and nothing of one changes with the other.
 *
 * <p>The class has a database of its own. Its first test imports the letters one by one and compares
 * Helsedirektoratet's answers before and after Folkehelseinstituttet's letters, so it runs first
 * (ordered); the others import all four letters again (idempotent) and need no order.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment_agencies"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoAgenciesTest {

    private static final Logger LOG = Logger.getLogger(TwoAgenciesTest.class);

    private static final String HDIR = "helsedirektoratet";
    private static final String FHI = "folkehelseinstituttet";
    private static final String MAIN = SeedTexts.read(SeedTexts.ALLOCATION_LETTER);
    private static final String SUPPLEMENTARY = SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER);
    private static final String FHI_MAIN = LetterVariants.forFolkehelseinstituttet(MAIN);
    private static final String FHI_SUPPLEMENTARY = LetterVariants.forFolkehelseinstituttet(SUPPLEMENTARY);

    @Test
    @Order(1)
    void eachAgencyGetsItsOwnAssignmentsAndTheVariantLeavesHelsedirektoratetAsItWas() {
        JsonPath main = importLetter(MAIN);
        assertReport(main, HDIR, "Helsedirektoratet", "tildelingsbrev", 72);
        assertCounts(HDIR, 72);
        assertReport(importLetter(SUPPLEMENTARY), HDIR, "Helsedirektoratet", "supplerende-tildelingsbrev", 11);
        assertCounts(HDIR, 83);
        Map<String, String> before = answersOf(HDIR);

        JsonPath variant = importLetter(FHI_MAIN);
        assertReport(variant, FHI, "Folkehelseinstituttet", "tildelingsbrev", 72);
        assertCounts(FHI, 72);
        assertCounts(HDIR, 83);
        assertReport(importLetter(FHI_SUPPLEMENTARY), FHI, "Folkehelseinstituttet", "supplerende-tildelingsbrev", 11);
        assertCounts(FHI, 83);
        assertCounts(HDIR, 83);
        given().when().get("/api/assignments?year=2025&size=1").then().statusCode(200).header("X-Total-Count", "166");

        Map<String, String> after = answersOf(HDIR);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((what, answer) -> assertEquals(answer, after.get(what), what + " changed"));
        // the variant's sections hold the same assignments on the same lines: only the names differ
        assertEquals(main.getList("sections.line"), variant.getList("sections.line"));
        assertEquals(main.getList("sections.found"), variant.getList("sections.found"));
        LOG.infof("Sections with assignments: %d in the letter, %d in the variant (the first: %s); warnings %d and %d",
                main.getList("sections").size(), variant.getList("sections").size(), main.getMap("sections[0]"),
                main.getList("warnings").size(), variant.getList("warnings").size());
    }

    @Test
    void anIdOfBothAgenciesIsAConflictListingEachWithItsUrl() {
        importAll();
        JsonPath conflict = given().when().get("/api/assignments/TB2025-43")
                .then().statusCode(409).contentType("application/problem+json")
                .body("candidates", hasSize(2))
                .body("candidates.agency", is(List.of(FHI, HDIR)))
                .body("candidates.agencyName", is(List.of("Folkehelseinstituttet", "Helsedirektoratet")))
                .body("candidates.ministry", everyItem(is("HOD")))
                .extract().jsonPath();
        for (Map<String, String> candidate : conflict.<Map<String, String>>getList("candidates")) {
            given().when().get(candidate.get("url")).then().statusCode(200)
                    .body("id", is("TB2025-43"))
                    .body("agency", is(candidate.get("agency")))
                    .body("agencyName", is(candidate.get("agencyName")))
                    .body("ministry", is("HOD"));
        }
        // the agency by id or name in any case, and the ministry alone does not choose
        given().when().get("/api/assignments/TB2025-43?agency=FOLKEHELSEINSTITUTTET").then().statusCode(200)
                .body("agency", is(FHI));
        given().when().get("/api/assignments/TB2025-43?ministry=HOD").then().statusCode(409);
        // an id only one agency has needs no agency
        given().when().get("/api/assignments/TB2025-999").then().statusCode(404);
    }

    @Test
    void aStatusChangeOfOneAgencysAssignmentLeavesTheOthersAlone() {
        importAll();
        String hdirBefore = answer("/api/assignments/TB2025-44?agency=" + HDIR);
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"status\":\"delivered\"}")
                .when().post("/api/assignments/TB2025-44/status")
                .then().statusCode(409).contentType("application/problem+json").body("candidates", hasSize(2));
        assertEquals(hdirBefore, answer("/api/assignments/TB2025-44?agency=" + HDIR));

        given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                .body("{\"status\":\"in_progress\",\"date\":\"2025-03-01\",\"note\":\"FHI har startet.\"}")
                .when().post("/api/assignments/TB2025-44/status?agency=Folkehelseinstituttet")
                .then().statusCode(201)
                .header("Location", endsWith("/api/assignments/TB2025-44?agency=" + FHI));
        given().when().get("/api/assignments/TB2025-44?agency=" + FHI).then().statusCode(200)
                .body("status", is("in_progress"))
                .body("statusHistory[-1].note", is("FHI har startet."));
        assertEquals(hdirBefore, answer("/api/assignments/TB2025-44?agency=" + HDIR));
        given().when().get("/api/assignments?status=in_progress&agency=" + HDIR).then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void importingTheSameLettersAgainChangesNothing() {
        importAll();
        Map<String, String> hdir = answersOf(HDIR);
        Map<String, String> fhi = answersOf(FHI);
        for (String letter : List.of(MAIN, SUPPLEMENTARY, FHI_MAIN, FHI_SUPPLEMENTARY)) {
            JsonPath again = importLetter(letter);
            assertFalse(again.getBoolean("changed"));
            assertEquals(0, again.getInt("changes.assignments.created") + again.getInt("changes.assignments.updated"));
        }
        assertEquals(hdir, answersOf(HDIR));
        assertEquals(fhi, answersOf(FHI));
    }

    @Test
    void listsBothAgenciesAndCountsPerAgencyAndMinistry() {
        importAll();
        given().when().get("/api/assignments/agencies").then().statusCode(200)
                .body("id", hasItems(FHI, HDIR))
                .body("ministry", everyItem(is("HOD")));
        given().when().get("/api/assignments/agencies?ministry=HOD").then().statusCode(200).body("id", hasItems(FHI, HDIR));
        given().when().get("/api/assignments/summary?year=2025&asOf=2025-03-01").then().statusCode(200)
                .body("total", is(166))
                .body("byAgency.key", is(List.of(FHI, HDIR)))
                .body("byAgency.count", is(List.of(83, 83)))
                .body("byMinistry.key", is(List.of("HOD")))
                .body("byMinistry[0].count", is(166));
        given().when().get("/api/assignments/summary?year=2025&agency=Folkehelseinstituttet").then().statusCode(200)
                .body("total", is(83))
                .body("due.agency", everyItem(is(FHI)));
    }

    private static void importAll() {
        for (String letter : List.of(MAIN, SUPPLEMENTARY, FHI_MAIN, FHI_SUPPLEMENTARY)) {
            importLetter(letter);
        }
    }

    private static JsonPath importLetter(String text) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/assignments/imports")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void assertReport(JsonPath report, String agency, String agencyName, String kind, int created) {
        assertEquals(kind, report.getString("kind"));
        assertEquals("HOD", report.getString("ministry"));
        assertEquals(agency, report.getString("agency"));
        assertEquals(agencyName, report.getString("agencyName"));
        assertEquals(2025, report.getInt("year"));
        assertEquals(created, report.getInt("changes.assignments.created"));
        assertEquals(created, report.<Integer>getList("sections.found.assignments").stream().mapToInt(Integer::intValue).sum());
    }

    /** The agency's assignments, asked for by its id and by its name in three cases. */
    private static void assertCounts(String agency, int expected) {
        String name = agency.equals(HDIR) ? "Helsedirektoratet" : "Folkehelseinstituttet";
        for (String asked : List.of(agency, name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
            given().queryParam("agency", asked).when().get("/api/assignments?year=2025&size=1000")
                    .then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(expected))
                    .body("", hasSize(expected))
                    .body("agency", everyItem(is(agency)))
                    .body("ministry", everyItem(is("HOD")));
        }
    }

    /** Every answer about the agency's assignments: the list (JSON and CSV), the summary, and each one in full. */
    private static Map<String, String> answersOf(String agency) {
        Map<String, String> answers = new TreeMap<>();
        String list = answer("/api/assignments?size=1000&agency=" + agency);
        answers.put("list", list);
        answers.put("csv", answer("/api/assignments?size=1000&format=csv&agency=" + agency));
        answers.put("summary", answer("/api/assignments/summary?year=2025&asOf=2025-03-01&agency=" + agency));
        List<String> ids = new ArrayList<>(JsonPath.from(list).getList("id"));
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            String path = "/api/assignments/" + id + "?agency=" + agency;
            var response = given().when().get(path).then().statusCode(200).extract();
            answers.put(path, response.header("ETag") + " " + response.asString());
        }
        return answers;
    }

    private static String answer(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }
}
