package no.styringsdata.budget.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.reader.DocumentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole of Prop. 1 S (2025–2026) for Helse- og omsorgsdepartementet (seeds/003_82c1b6682bf832eb.txt),
 * with figures checked by reading the text; line numbers refer to that file.
 */
class Prop1SDocumentTest {

    private static final System.Logger LOG = System.getLogger(Prop1SDocumentTest.class.getName());

    private static String text;
    private static ParsedDocument document;

    @BeforeAll
    static void parseSeed() throws IOException {
        try (InputStream in = Prop1SDocumentTest.class.getResourceAsStream("/seeds/003_82c1b6682bf832eb.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = new Prop1SParser().parse(TestDocuments.read(text));
    }

    private static Map<Stage, Long> amounts(int chapter, int post) {
        return document.amounts().stream().filter(a -> a.chapter() == chapter && a.post() == post)
                .collect(Collectors.toMap(ParsedAmount::stage, ParsedAmount::amountNok));
    }

    private static ParsedPost post(int chapter, int post) {
        return document.posts().stream().filter(p -> p.chapter() == chapter && p.post() == post).findFirst()
                .orElseThrow();
    }

    private static ParsedChapter chapter(int number) {
        return document.chapters().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    @Test
    void readsTheProposalYearAndTitle() {
        TestDocuments.assertIdentity(document, DocumentKind.PROP1S, 2026, "Prop. 1 S (2025–2026) Helse- og omsorgsdepartementet");
        assertEquals(null, document.date());
        assertEquals(List.of(), document.allocations());
    }

    @Test
    void readsEveryChapterTableOfProp1S() {
        // 56 lines start "Sum kap.", six of them ("Sum kap. 2711, post 76 …") close tables of one post
        // in mill. kr, not chapter tables.
        List<SelfCheck> chapterChecks = document.checks().stream()
                .filter(c -> c.subject().startsWith("Sum kap. ")).toList();
        assertEquals(50, chapterChecks.size());
        assertTrue(chapterChecks.stream().allMatch(SelfCheck::passed),
                chapterChecks.stream().filter(c -> !c.passed()).toList().toString());
        assertEquals(50, document.chapters().size());
        assertEquals(36, document.chapters().stream().filter(c -> ChapterKind.of(c.number()) == ChapterKind.EXPENDITURE)
                .count());
        assertEquals(167, document.posts().size());
        assertEquals(426, document.amounts().size());
    }

    @Test
    void readsEveryProgramCategoryTable() {
        List<SelfCheck> categoryChecks = document.checks().stream()
                .filter(c -> c.subject().startsWith("Sum kategori ")).toList();

        assertEquals(10, categoryChecks.size());
        assertTrue(categoryChecks.stream().allMatch(SelfCheck::passed));
        assertEquals(List.of("10.00", "10.10", "10.30", "10.40", "10.60", "10.70", "10.80", "30.10", "30.50", "30.90"),
                document.categories().stream().map(ParsedCategory::code).toList());
        assertEquals(new ParsedCategory("10.40", "Sentral helseforvaltning", "10", "Helse og omsorg"),
                document.categories().get(3));
        assertEquals(new ParsedCategory("30.50", "Legehjelp, legemidler mv.", "30", "Helsetjenester, folketrygden"),
                document.categories().get(8));
    }

    @Test
    void readsKap740Helsedirektoratet() {
        assertChapter(740, "Helsedirektoratet", "10.40", 14910);

        // line 15041: "01 Driftsutgifter 1 523 373 1 591 294 1 556 792"
        assertEquals(Map.of(Stage.REGNSKAP, 1_523_373_000L, Stage.SALDERT, 1_591_294_000L,
                Stage.FORSLAG, 1_556_792_000L), amounts(740, 1));
        ParsedAmount forslag = document.amounts().stream()
                .filter(a -> a.chapter() == 740 && a.post() == 1 && a.stage() == Stage.FORSLAG).findFirst().orElseThrow();
        assertEquals(2026, forslag.year());
        assertEquals(15041, forslag.source().line());
        SelfCheck check = document.checks().stream().filter(c -> c.subject().equals("Sum kap. 740")).findFirst()
                .orElseThrow();
        assertEquals(15049, check.line());
        assertTrue(check.detail().startsWith("regnskap 2024: expected 1 656 802, actual 1 656 802;"), check.detail());
    }

    private static void assertChapter(int number, String name, String categoryCode, int line) {
        ParsedChapter chapter = chapter(number);
        assertEquals(name, chapter.name());
        assertEquals(categoryCode, chapter.categoryCode());
        assertEquals(line, chapter.source().line());
    }

    @Test
    void readsKap701Post21WithItsStikkord() {
        // lines 5894–5895: "21 Spesielle driftsutgifter, kan overføres, / kan nyttes under post 70 379 703 322 597 254 978"
        ParsedPost post = post(701, 21);
        assertEquals("Spesielle driftsutgifter", post.name());
        assertEquals(new Stikkord(true, false, List.of(70)), post.stikkord());
        assertEquals(5894, post.source().line());
        assertEquals(Map.of(Stage.REGNSKAP, 379_703_000L, Stage.SALDERT, 322_597_000L, Stage.FORSLAG, 254_978_000L),
                amounts(701, 21));
        assertEquals(Map.of(Stage.FORSLAG, 123_900_000L), amounts(701, 74));
    }

    @Test
    void readsKap732RegionaleHelseforetak() {
        assertEquals("10.30", chapter(732).categoryCode());
        assertEquals(15, document.posts().stream().filter(p -> p.chapter() == 732).count());
        assertEquals(Map.of(Stage.REGNSKAP, 78_014_868_000L, Stage.SALDERT, 88_215_193_000L,
                Stage.FORSLAG, 94_780_348_000L), amounts(732, 72));
        assertEquals(Map.of(Stage.REGNSKAP, 212_563_000L), amounts(732, 81));
        assertEquals(List.of(72, 73, 74, 75), post(732, 70).stikkord().mayBeUsedUnderPosts());
        assertEquals(237_123_786_000L, document.amounts().stream()
                .filter(a -> a.chapter() == 732 && a.stage() == Stage.FORSLAG).mapToLong(ParsedAmount::amountNok).sum());
    }

    @Test
    void readsRevenueChaptersWithTheCategoryOfTheirExpenditureChapter() {
        assertChapter(3740, "Helsedirektoratet", "10.40", 16066);
        // line 16092: "05 Helsetjenester til utenlandsboende mv. 107 101 66 000 100 000"
        assertEquals("Helsetjenester til utenlandsboende mv.", post(3740, 5).name());
        assertEquals(Map.of(Stage.REGNSKAP, 107_101_000L, Stage.SALDERT, 66_000_000L, Stage.FORSLAG, 100_000_000L),
                amounts(3740, 5));
        assertEquals("10.30", chapter(3732).categoryCode());
    }

    @Test
    void givesGeneralRevenueChaptersTheCategoryTheirTableStandsIn() {
        assertEquals("Sektoravgifter under Helse- og omsorgsdepartementet", chapter(5572).name());
        assertEquals("10.10", chapter(5572).categoryCode());
        assertEquals("10.10", chapter(5631).categoryCode());
        assertEquals(Map.of(Stage.SALDERT, 3_770_000L, Stage.FORSLAG, 3_770_000L), amounts(5572, 74));
    }

    @Test
    void placesFolketrygdenChaptersInProgramomrade30() {
        assertEquals("30.10", chapter(2711).categoryCode());
        assertEquals("Spesialisthelsetjeneste mv.", chapter(2711).name());
        assertEquals(Map.of(Stage.REGNSKAP, 138_810_000L, Stage.FORSLAG, 18_000_000L), amounts(2755, 73));
    }

    @Test
    void readsNewAndClosedChaptersInTheirColumns() {
        assertTrue(document.amounts().stream().filter(a -> a.chapter() == 761 || a.chapter() == 762)
                .allMatch(a -> a.stage() == Stage.REGNSKAP));
        assertTrue(document.amounts().stream().filter(a -> a.chapter() == 760)
                .noneMatch(a -> a.stage() == Stage.REGNSKAP));
        assertEquals(Map.of(Stage.SALDERT, 419_911_000L, Stage.FORSLAG, 432_688_000L), amounts(760, 21));
        assertEquals(List.of(70, 71), post(760, 21).stikkord().mayBeUsedUnderPosts());
    }

    @Test
    void warnsOnlyAboutTheRevenueChapterWithoutHeading() {
        // kap. 3747 has a table (line 18143) but its heading did not survive the text extraction
        assertEquals(1, document.warnings().size(), document.warnings().toString());
        assertEquals(18143, document.warnings().get(0).line());
        assertEquals("Direktoratet for strålevern og atomsikkerhet", chapter(3747).name());
    }

    @Test
    void readsTheSameWithPlainSpacesInsteadOfNoBreakSpaces() {
        ParsedDocument plain = new Prop1SParser().parse(TestDocuments.read(text.replace('\u00a0', ' ')));

        assertEquals(document.amounts().stream().map(a -> a.chapter() + "." + a.post() + " " + a.stage() + " "
                + a.amountNok()).toList(), plain.amounts().stream().map(a -> a.chapter() + "." + a.post() + " "
                + a.stage() + " " + a.amountNok()).toList());
        assertTrue(plain.checks().stream().allMatch(SelfCheck::passed));
    }

    @Test
    void parsesTheWholeDocumentTheSameWayEveryTime() {
        Prop1SParser parser = new Prop1SParser();
        long fastest = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long start = System.nanoTime();
            ParsedDocument again = parser.parse(TestDocuments.read(text));
            fastest = Math.min(fastest, System.nanoTime() - start);
            assertEquals(document, again);
        }
        LOG.log(System.Logger.Level.INFO, "Prop. 1 S seed parsed in {0} ms (fastest of 10)", fastest / 1_000_000);
    }
}
