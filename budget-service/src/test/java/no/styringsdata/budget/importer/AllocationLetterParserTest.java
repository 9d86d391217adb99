package no.styringsdata.budget.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.text.DocumentFormatException;
import org.junit.jupiter.api.Test;

class AllocationLetterParserTest {

    private static final String LETTER = "/seeds/000_8d4a857d2773e53a.txt";

    /** Lines 3090–3134: units, header, three rows of 701.21; the name cell wraps, the amount starts a line. */
    private static final String FIRST_ROWS = """
                (alle tall i 1 000 kroner)\s

                Kap./post Benevnelse Tildeling \s

                \s

                Kommentarer\s

                701.21 Spesielle\s

                driftsutgifter\s

                30 000  Tilskudd til innføring av digitale\s

                samhandlingsløsninger og tilpasning av\s

                pasientjournalsystemene.\s

                \s

                701.21 Spesielle\s

                driftsutgifter\s

                21 000 20 mill. kr til videreutvikling av helseteknologiordningen,\s

                herunder etablering av godkjenningsordning for\s

                helseteknologi, standardiseringsarbeid og veiledningstjeneste\s

                \s

                1 mill. kr er øremerket arbeidet med standarder til HL7 Norge. \s

                701.21 Spesielle\s

                driftsutgifter, kan\s

                overføres, kan\s

                nyttes under post\s

                70\s

                4 000  Digitalt helsekort for gravide \s
                """;

    /** Lines 3136–3192: a short purpose, comment paragraphs split by lines holding one space, a row without amount. */
    private static final String PARAGRAPHS = """
                701.21 Spesielle\s

                driftsutgifter, kan\s

                overføres, kan\s

                nyttes under post\s

                70\s

                67 500  Digital samhandling \s

                \s

                41 mill. kr til pasientens legemiddelliste, hvorav minst 10\s

                mill. kr skal gå til kompensasjon til fastleger, og minst 6 mill.\s

                kr skal gå til å støtte innføring av PLL innad i helseregionene\s

                Nord og Vest.\s

                \s

                6 mill. kr til pasientens kritiske informasjon\s

                \s

                8,5 mill. kr til pasientens journaldokumenter\s

                \s

                8mill. kr til pasientens prøvesvar\s

                \s

                4 mill. kr til pasientens måledata \s

                \s

                701.21 Spesielle\s

                driftsutgifter, kan\s

                overføres, kan\s

                nyttes under post\s

                70\s

                6 000 Alvorlig sykt barn\s

                \s

                6 mill. kroner til prosjektet «Enklere tilgang til informasjon». \s

                701.22   Posten avsluttes fra 2025\s
                """;

    /** Lines 3875–3890: 783.21, whose stikkord "nyttes under post 79" follow on the next page. */
    private static final String STIKKORD_ON_NEXT_PAGE = """
                783.21 Spesielle\s

                driftsutgifter, kan\s

                45 833 Det tildeles 2,6 mill. kroner til videre innfasing av 66\s

                nyopprettede LIS1-stillinger.\s
                 nyttes under post\s

                79\s

                \s

                 \s

                783.61 Tilskudd til\s
                """;

    /** Lines 3627–3635: stikkord in parentheses. */
    private static final String PARENTHESISED_STIKKORD = """
                760.21 Spesielle\s

                driftsutgifter \s

                (kan nyttes under\s

                post 70 og 71)\s

                337 000 Utover tildeling av bevilgninger til\s
                """;

    /** The header a fixture of rows only needs for the reader to know its allocation column. */
    private static final String HEADER = """
            (alle tall i 1 000 kroner)\s
            Kap./post Benevnelse Tildeling Kommentarer
            """;

    @Test
    void mapsRowsWhoseNameCellWrapsWithTheirPurposeApartFromABreakdown() {
        List<ParsedAllocation> rows = parse(FIRST_ROWS).allocations();

        assertEquals(3, rows.size());
        assertAllocation(rows.get(0), 701, 21, 30_000_000,
                "Tilskudd til innføring av digitale samhandlingsløsninger og tilpasning av pasientjournalsystemene.", "");
        assertEquals(3098, 3089 + rows.get(0).source().line(), "the line the row starts on");
        ParsedAllocation breakdown = rows.get(1);
        assertEquals(21_000_000, breakdown.amountNok());
        assertEquals("", breakdown.purpose(), "a row that starts with an amount's breakdown has no purpose of its own");
        assertEquals("20 mill. kr til videreutvikling av helseteknologiordningen, herunder etablering av "
                + "godkjenningsordning for helseteknologi, standardiseringsarbeid og veiledningstjeneste "
                + "1 mill. kr er øremerket arbeidet med standarder til HL7 Norge.", breakdown.comment());
        assertAllocation(rows.get(2), 701, 21, 4_000_000, "Digitalt helsekort for gravide", "");
        ParsedPost special = parse(FIRST_ROWS).posts().get(0);
        assertEquals("Spesielle driftsutgifter", special.name());
        assertEquals(new Stikkord(true, false, List.of(70)), special.stikkord(), "named by its fullest row");
    }

    @Test
    void keepsThePurposeApartFromTheCommentAndRecordsARowWithoutAmountAsZero() {
        ParsedDocument letter = parse(HEADER + PARAGRAPHS);
        List<ParsedAllocation> rows = letter.allocations();

        assertEquals(3, rows.size());
        ParsedAllocation digital = rows.get(0);
        assertEquals(67_500_000, digital.amountNok());
        assertEquals("Digital samhandling", digital.purpose());
        assertTrue(digital.comment().startsWith("41 mill. kr til pasientens legemiddelliste, hvorav minst 10 mill. kr"),
                digital.comment());
        assertTrue(digital.comment().endsWith("8mill. kr til pasientens prøvesvar 4 mill. kr til pasientens måledata"),
                digital.comment());
        assertAllocation(rows.get(1), 701, 21, 6_000_000, "Alvorlig sykt barn",
                "6 mill. kroner til prosjektet «Enklere tilgang til informasjon».");
        assertAllocation(rows.get(2), 701, 22, 0, "", "");
        assertEquals("Posten avsluttes fra 2025", letter.posts().get(1).name());
        assertTrue(letter.warnings().stream().anyMatch(w -> w.message().contains("701.22 (\"Posten avsluttes fra 2025\") "
                + "has no amount")), letter.warnings().toString());
    }

    @Test
    void takesAPurposeAndStikkordThatGoOnOnTheNextPageAndStikkordInParentheses() {
        ParsedDocument personnel = parse(HEADER + STIKKORD_ON_NEXT_PAGE);
        assertEquals("Det tildeles 2,6 mill. kroner til videre innfasing av 66 nyopprettede LIS1-stillinger.",
                personnel.allocations().get(0).purpose());
        assertEquals(new Stikkord(false, false, List.of(79)), personnel.posts().get(0).stikkord());

        ParsedDocument parenthesised = parse(HEADER + PARENTHESISED_STIKKORD);
        assertEquals(337_000_000, parenthesised.allocations().get(0).amountNok());
        ParsedPost post = parenthesised.posts().get(0);
        assertEquals("Spesielle driftsutgifter", post.name());
        assertEquals(new Stikkord(false, false, List.of(70, 71)), post.stikkord());
    }

    @Test
    void readsEveryAllocationRowOfTheLetter() throws IOException {
        ParsedDocument letter = new AllocationLetterParser().parse(TestDocuments.read(seed(LETTER)));

        TestDocuments.assertIdentity(letter, DocumentKind.ALLOCATION_LETTER, 2025, "Tildelingsbrev 2025 til Helsedirektoratet");
        assertEquals(2, letter.tables().size(), "4.1 Utgifter and 4.2 Inntekter");
        assertEquals(59, letter.allocations().stream().filter(a -> a.chapter() < 3000).count(), "rows of 4.1 Utgifter");
        assertEquals(6, letter.allocations().stream().filter(a -> a.chapter() >= 3000).count(), "rows of 4.2 Inntekter");
        assertEquals(60, letter.allocations().stream().map(a -> a.chapter() * 100 + a.post()).distinct().count(),
                "kap./post allocation totals");
        assertEquals("helsedirektoratet", letter.identity().agency().id());
        assertTrue(letter.allocations().stream().allMatch(a -> a.year() == 2025
                && a.effectiveDate().equals(LocalDate.of(2025, 1, 1))));

        assertEquals(5, rowsOf(letter, 701, 21).size());
        assertEquals(128_500_000, total(letter, 701, 21));
        assertEquals(1, rowsOf(letter, 701, 22).size());
        assertEquals(0, total(letter, 701, 22), "Posten avsluttes fra 2025");
        assertEquals(1, rowsOf(letter, 2711, 72).size());
        assertEquals(0, total(letter, 2711, 72), "a row without amount");
        assertEquals(2, rowsOf(letter, 702, 21).size());
        assertEquals(20_000_000, total(letter, 702, 21));
        assertEquals(103_000_000, total(letter, 714, 21));
        assertEquals(1_589_294_000, total(letter, 740, 1));
        assertEquals(15_104_900_000L, total(letter, 2751, 70));
        assertEquals(132_090_000, total(letter, 3740, 2) + total(letter, 3740, 4) + total(letter, 3740, 5));
        assertEquals(18_952_000, total(letter, 5572, 75));
    }

    @Test
    void namesEachPostOnceWithItsStikkord() throws IOException {
        ParsedDocument letter = new AllocationLetterParser().parse(TestDocuments.read(seed(LETTER)));

        assertEquals(60, letter.posts().size());
        ParsedPost special = letter.posts().stream().filter(p -> p.chapter() == 701 && p.post() == 21).findFirst()
                .orElseThrow();
        assertEquals("Spesielle driftsutgifter", special.name());
        assertEquals(new Stikkord(true, false, List.of(70)), special.stikkord());
        ParsedPost pensions = letter.posts().stream().filter(p -> p.chapter() == 737).findFirst().orElseThrow();
        assertTrue(pensions.stikkord().estimateAppropriation());
    }

    @Test
    void warnsOfRowsWithoutAmountAndOfTheMissingDate() throws IOException {
        ParsedDocument letter = new AllocationLetterParser().parse(TestDocuments.read(seed(LETTER)));

        assertEquals(List.of(3192, 3916, 3952, 0), letter.warnings().stream().map(w -> w.line()).toList(),
                letter.warnings().toString());
        assertTrue(letter.warnings().get(1).message().contains("2711.72"));
        assertEquals(null, letter.date());
        assertTrue(letter.checks().isEmpty(), "tables 4.1 and 4.2 have no sum lines to check against");
    }

    @Test
    void rejectsEmptyGarbageAndCutOffText() throws IOException {
        String beforeChapter4 = String.join("\n", seed(LETTER).lines().limit(3085).toList());
        TestDocuments.assertRefused(new AllocationLetterParser()::parse, DocumentKind.ALLOCATION_LETTER, 2025,
                "", "lorem ipsum 123\n456 789\n", beforeChapter4);
    }

    private static void assertAllocation(ParsedAllocation row, int chapter, int post, long amount, String purpose,
                                         String comment) {
        assertEquals(chapter, row.chapter());
        assertEquals(post, row.post());
        assertEquals(amount, row.amountNok());
        assertEquals(purpose, row.purpose());
        assertEquals(comment, row.comment());
    }

    private static ParsedDocument parse(String fixture) {
        return new AllocationLetterParser().parse(letter(fixture));
    }

    private static List<ParsedAllocation> rowsOf(ParsedDocument letter, int chapter, int post) {
        return letter.allocations().stream().filter(a -> a.chapter() == chapter && a.post() == post).toList();
    }

    private static long total(ParsedDocument letter, int chapter, int post) {
        return rowsOf(letter, chapter, post).stream().mapToLong(ParsedAllocation::amountNok).sum();
    }

    private static no.styringsdata.reader.ReadDocument letter(String text) {
        return TestDocuments.fixture(DocumentKind.ALLOCATION_LETTER, 2025, text);
    }

    static String seed(String resource) throws IOException {
        try (InputStream in = AllocationLetterParserTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
