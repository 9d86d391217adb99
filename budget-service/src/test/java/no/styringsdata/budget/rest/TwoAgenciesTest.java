package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.LetterVariants;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two agencies of one ministry: the real 2025 letters to Helsedirektoratet, and the same letters rewritten for
 * Folkehelseinstituttet (prose renamed, allocation rows unchanged). Each agency has its own allocations, found
 * by its id or name in any case, and importing the second changes nothing of the first. A database of its own,
 * emptied before each test: the second agency's rows would change what the other tests count.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_agencies"))
class TwoAgenciesTest {

    private static final Logger LOG = Logger.getLogger(TwoAgenciesTest.class);
    private static final String FIRST = "helsedirektoratet";
    private static final String SECOND = "folkehelseinstituttet";
    private static final String END_OF_YEAR = "2025-12-31";

    @Inject
    DataSource dataSource;

    /** Each test imports what it needs into an empty database: another's variants would change what it counts. */
    @BeforeEach
    void emptyDatabase() {
        ContentChecksum.truncateAll(dataSource, "data_version");
    }

    @Test
    void eachAgencyHasItsOwnAllocationsAndTheSecondChangesNothingOfTheFirst() {
        importText(SeedDocuments.read(SeedDocuments.PROP1S), Map.of());
        String letter = SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER);
        String supplementary = SeedDocuments.read(SeedDocuments.SUPPLEMENTARY_LETTER);
        Map<String, String> dated = Map.of("date", SeedDocuments.SUPPLEMENTARY_LETTER_DATE);
        JsonPath firstLetter = importText(letter, Map.of());
        importText(supplementary, dated);
        importText(SeedDocuments.read(SeedDocuments.ANNUAL_REPORT), Map.of());
        assertEquals("tildelingsbrev", firstLetter.getString("kind"));
        assertEquals("HOD", firstLetter.getString("ministry"));
        assertEquals(FIRST, firstLetter.getString("agency"));
        assertEquals("Helsedirektoratet", firstLetter.getString("agencyName"));
        assertEquals(2025, firstLetter.getInt("year"));

        Answers before = Answers.of(FIRST);

        JsonPath secondLetter = importText(LetterVariants.forFolkehelseinstituttet(letter), Map.of());
        JsonPath secondSupplementary = importText(LetterVariants.forFolkehelseinstituttet(supplementary), dated);
        assertEquals(SECOND, secondLetter.getString("agency"));
        assertEquals("Folkehelseinstituttet", secondLetter.getString("agencyName"));
        assertEquals("Tildelingsbrev 2025 til Folkehelseinstituttet", secondLetter.getString("title"));
        assertEquals(SECOND, secondSupplementary.getString("agency"));
        assertEquals(firstLetter.getInt("changes.allocations.created"), secondLetter.getInt("changes.allocations.created"),
                "the variant's rows are new rows of their own");
        assertEquals(0, secondLetter.getInt("changes.chapters.created") + secondLetter.getInt("changes.posts.created"),
                "the chapters and posts are the state budget's, shared");
        logSections("letter", secondLetter);
        logSections("supplementary letter", secondSupplementary);

        assertEquals(before, Answers.of(FIRST), "nothing of Helsedirektoratet changed");

        Answers second = Answers.of(SECOND);
        // 60 kap.post: the letter's two rows without an amount (701.22 "Posten avsluttes fra 2025", 2711.72) are
        // allocations of 0, warned of
        assertEquals(60, before.totals().size(), "kap.post allocation totals of Helsedirektoratet 2025");
        assertEquals(0L, totalOf(before, "701", "22"), "Posten avsluttes fra 2025");
        assertEquals(0L, totalOf(before, "2711", "72"));
        assertEquals(1_589_294_000L, totalOf(before, "740", "01"));
        assertEquals(126_100_000L, totalOf(before, "701", "21"), "128.5 mill. kr allocated, 2.4 mill. kr withdrawn");
        assertEquals(before.totals(), second.totals(), "the same figures, the tables being the same");
        assertEquals(before.totalNok(), second.totalNok());
        LOG.infof("Allocation totals 2025 as of %s: %d kap.post each, %d kroner each; rows %d and %d", END_OF_YEAR,
                before.totals().size(), before.totalNok(), before.rows(), second.rows());

        for (String agency : List.of(FIRST, SECOND)) {
            String name = agency.equals(FIRST) ? "Helsedirektoratet" : "Folkehelseinstituttet";
            for (String given : List.of(agency, name, name.toUpperCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT))) {
                given().queryParam("agency", given).queryParam("year", 2025).queryParam("asOf", END_OF_YEAR)
                        .when().get("/api/budget/allocations")
                        .then().statusCode(200)
                        .body("allocations.agency", everyItem(is(agency)))
                        .body("allocations.agencyName", everyItem(is(name)))
                        .body("allocations.ministry", everyItem(is("HOD")))
                        .body("totals.size()", is(60));
            }
        }
        // the letters' chapters are HOD's; Helsedirektoratet's annual report also accounts for chapters of other
        // ministries it spends on under authorisations (belastningsfullmakter), each with its owning ministry
        given().queryParam("agency", SECOND).when().get("/api/budget/chapters?size=1000")
                .then().statusCode(200).body("ministry", everyItem(is("HOD")));
        given().queryParam("agency", FIRST).when().get("/api/budget/chapters?size=1000")
                .then().statusCode(200).body("ministry", everyItem(notNullValue())).body("ministry", hasItems("HOD", "KDD"));
        int both = given().queryParam("year", 2025).queryParam("asOf", END_OF_YEAR).when().get("/api/budget/allocations")
                .then().statusCode(200).extract().path("allocations.size()");
        assertEquals(before.rows() + second.rows(), both, "unfiltered, the rows of both agencies");

        given().when().get("/api/budget/agencies").then().statusCode(200)
                .body("id", hasItems(FIRST, SECOND)).body("ministry", everyItem(is("HOD")));
    }

    @Test
    void refusesALetterWhoseTextNamesAnotherAgencyThanGiven() {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                .queryParam("agency", "Folkehelseinstituttet")
                .body(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER))
                .when().post("/api/budget/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", is("agency"))
                .body("violations[0].in", is("query"));
    }

    @Test
    void refusesALetterThatNamesNoAgencyWithoutTheParameter() {
        // a supplementary letter that names its ministry and year but not its agency (a short one, as sent)
        String anonymous = """
                Supplerende tildelingsbrev nr. 2 for 2025

                Helse- og omsorgsdepartementet viser til tildelingsbrevet for 2025.

                Budsjettildelinger

                Kap. 701, post 21 – Alvorlig sykt barn
                Tildelingen reduseres med 2,4 mill. kroner.

                Med hilsen
                """;
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(anonymous)
                .when().post("/api/budget/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", is("agency"));
    }

    @Test
    void importingTheVariantTwiceChangesNothing() {
        importText(SeedDocuments.read(SeedDocuments.PROP1S), Map.of());
        String variant = LetterVariants.forFolkehelseinstituttet(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER));
        importText(variant, Map.of());
        JsonPath again = importText(variant, Map.of("agency", "FOLKEHELSEINSTITUTTET", "ministry", "hod", "year", "2025"));
        assertFalse(again.getBoolean("changed"));
        assertEquals(0, again.getInt("changes.allocations.created") + again.getInt("changes.allocations.updated"));
    }

    @Test
    void aLetterNamingChaptersNoDocumentNamedImportsThemWithoutName() {
        // was a 500: a chapter first named by a letter's posts was put into the map being filled
        // (ConcurrentModificationException). The letter's 7xx rows moved to 6xx, chapters no document here names.
        String letter = LetterVariants.forAgency(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER),
                new LetterVariants.Rename("Helsedirektoratet", "Helsetilsynet"), new LetterVariants.Rename("Hdir", "HT"))
                .replaceAll("(?m)^(\\s*)7(\\d\\d\\.\\d\\d\\b)", "$16$2");
        JsonPath report = importText(letter, Map.of());
        assertEquals("helsetilsynet", report.getString("agency"));
        assertTrue(report.getInt("changes.chapters.created") > 0, "chapters created: " + report.getInt("changes.chapters.created"));
        assertEquals(0, report.getInt("changes.allocations.created") - report.getList("sections.found.rows").stream()
                .mapToInt(n -> n == null ? 0 : (Integer) n).sum(), "every row read is an allocation, by section");
        given().when().get("/api/budget/chapters/640").then().statusCode(200)
                .body("name", is((Object) null)).body("ministry", is("AID"));
        given().queryParam("agency", "Helsetilsynet").queryParam("chapter", 640).queryParam("asOf", END_OF_YEAR)
                .when().get("/api/budget/allocations").then().statusCode(200)
                .body("totals[0].amountNok", is(1_589_294_000));
    }

    private static void logSections(String what, JsonPath report) {
        LOG.infof("%s of %s: sections %s; %d warnings", what, report.getString("agency"),
                report.getList("sections").stream().map(String::valueOf).toList(), report.getList("warnings").size());
    }

    private static JsonPath importText(String text, Map<String, String> params) {
        return given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").queryParams(params)
                .body(text).when().post("/api/budget/imports")
                .then().statusCode(200).extract().jsonPath();
    }

    /** An agency's full answers of the lists, as JSON text, and its allocation figures. */
    private static long totalOf(Answers answers, String chapter, String post) {
        return answers.totals().stream()
                .filter(t -> String.valueOf(t.get("chapter")).replaceFirst("^0+", "").equals(chapter)
                        && String.valueOf(t.get("post")).equals(post))
                .map(t -> ((Number) t.get("amountNok")).longValue())
                .reduce((a, b) -> {
                    throw new AssertionError("two totals for " + chapter + "." + post);
                })
                .orElseThrow(() -> new AssertionError("no total for " + chapter + "." + post + ": " + answers.totals()));
    }

    private record Answers(String allocations, String amounts, String chapters, List<Map<String, Object>> totals,
                           long totalNok, int rows) {

        static Answers of(String agency) {
            var allocations = given().queryParam("agency", agency).queryParam("asOf", END_OF_YEAR)
                    .when().get("/api/budget/allocations").then().statusCode(200).extract();
            var year = given().queryParam("agency", agency).queryParam("year", 2025).queryParam("asOf", END_OF_YEAR)
                    .when().get("/api/budget/allocations").then().statusCode(200).extract().jsonPath();
            String amounts = given().queryParam("agency", agency).queryParam("size", 1000)
                    .when().get("/api/budget/amounts").then().statusCode(200).extract().asString();
            String chapters = given().queryParam("agency", agency).queryParam("size", 1000)
                    .when().get("/api/budget/chapters").then().statusCode(200).extract().asString();
            return new Answers(allocations.asString(), amounts, chapters, year.getList("totals"),
                    year.getLong("totalNok"), year.getList("allocations").size());
        }
    }
}
