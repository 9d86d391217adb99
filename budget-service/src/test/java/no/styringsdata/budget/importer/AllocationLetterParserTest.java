package no.styringsdata.budget.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
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

    /** Lines 3194–3223: the name cell of 701.60 goes on after the comment, on the next page (" og "). */
    private static final String NAME_ON_NEXT_PAGE = """
                701.60 Tilskudd til\s

                helseteknologi i\s

                kommunal helse-\s

                71 211 Søknadsbasert tilskuddsordninger for kommuner for å ta\s

                helseteknologi i bruk\s
                 og\s

                omsorgstjeneste\s

                701.73 Tilskudd til\s

                digitalisering i\s

                kommunal helse-\s

                og\s

                omsorgstjenteste\s

                (KS) \s

                44 544 Tilskudd til KS for koordinering av innføring av\s

                helseteknologi/nettverk, herunder bidra til å støtte\s

                kommunenes anskaffelsesprosesser  \s
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

    /** Lines 3571–3607: words broken inside the narrow name cell without a hyphen ("overslagsbevilgnin" + "g"). */
    private static final String BROKEN_WORDS = """
                734.01 Driftsutgifter –\s

                kontrollkommisjo

                nene\s

                106 580 \s

                734.21 Spesielle\s

                driftsutgifter\s

                16 504 \s

                734.70 Hjemhenting ved\s

                alvorlig psykisk\s

                lidelse mv.\s

                3 453 \s

                734.72 Utviklingsområder\s

                innen psykisk\s

                helsevern og rus\s

                15 132 \s

                737.70 Tilskudd,\s

                overslagsbevilgnin

                g\s

                115 000 Tilskudd til dekning av historiske pensjonskostnader\s
                """;

    /** Lines 3926–3946: an amount wrapped in its cell ("15 104" + "900"), hyphenated names. */
    private static final String WRAPPED_AMOUNT = """
                2751.70 Legemidler 15 104\s

                900\s

                \s

                2751.71 Lege-

                erklæringer\s

                17 000 \s

                2751.72 Medisinsk\s

                forbruksmateriel

                l\s

                2 490 000 \s

                2790.70 Bidrag 270 000 \s
                """;

    /** Lines 3627–3635: stikkord in parentheses. */
    private static final String PARENTHESISED_STIKKORD = """
                760.21 Spesielle\s

                driftsutgifter \s

                (kan nyttes under\s

                post 70 og 71)\s

                337 000 Utover tildeling av bevilgninger til\s
                """;

    /** Lines 3995–3999: "e-" + "sigaretter" keeps its hyphen. */
    private static final String ONE_LETTER_HYPHEN = """
                5572.74 Tilsynsavgift e-

                sigaretter\s

                3 770 Inntektskrav knyttet til tilsynsavgift for e-sigaretter\s
                """;

    /** Lines 3476–3482 and 3415–3417: the comment starts with a number right after the amount. */
    private static final String NUMBER_AFTER_AMOUNT = """
                714.74 Skolefrukt m.v. 20 613 20,613 mill. kroner til tiltak som skal stimulere til gode kost-\s

                og måltidsvaner generelt og økt inntak av frukt og grønnsaker\s

                spesielt hos barn og unge, herunder abonnementsordningen\s

                Skolefrukt.\s
                """;

    private static final String AMOUNT_THEN_MILLIONS = """
                714.60 Kommunale tiltak 119 171 20 mill. kroner til tilskuddsordningen ABC-kampanje for god\s

                psykisk helse \s
                """;

    @Test
    void readsRowsWhoseNameCellWrapsAndWhoseAmountStartsALine() {
        List<AllocationTableReader.Row> rows = rowsOf(FIRST_ROWS);

        assertEquals(3, rows.size());
        assertRow(rows.get(0), 701, 21, "Spesielle driftsutgifter", 30_000_000,
                "Tilskudd til innføring av digitale samhandlingsløsninger og tilpasning av pasientjournalsystemene.", "");
        assertEquals(3102, 3089 + rows.get(0).source().line(), "the amount's line");
        AllocationTableReader.Row breakdown = rows.get(1);
        assertEquals(21_000_000, breakdown.amountNok());
        assertEquals("", breakdown.purpose(), "a row that starts with an amount's breakdown has no purpose of its own");
        assertEquals("20 mill. kr til videreutvikling av helseteknologiordningen, herunder etablering av "
                + "godkjenningsordning for helseteknologi, standardiseringsarbeid og veiledningstjeneste "
                + "1 mill. kr er øremerket arbeidet med standarder til HL7 Norge.", breakdown.comment());
        assertRow(rows.get(2), 701, 21, "Spesielle driftsutgifter, kan overføres, kan nyttes under post 70", 4_000_000,
                "Digitalt helsekort for gravide", "");
    }

    @Test
    void keepsThePurposeApartFromTheCommentAndSkipsARowWithoutAmount() {
        AllocationTableReader.Table table = AllocationTableReader.read(DocumentLines.of(PARAGRAPHS), 0);

        assertEquals(2, table.rows().size());
        AllocationTableReader.Row digital = table.rows().get(0);
        assertEquals(67_500_000, digital.amountNok());
        assertEquals("Digital samhandling", digital.purpose());
        assertTrue(digital.comment().startsWith("41 mill. kr til pasientens legemiddelliste, hvorav minst 10 mill. kr"),
                digital.comment());
        assertTrue(digital.comment().endsWith("8mill. kr til pasientens prøvesvar 4 mill. kr til pasientens måledata"),
                digital.comment());
        assertRow(table.rows().get(1), 701, 21, "Spesielle driftsutgifter, kan overføres, kan nyttes under post 70",
                6_000_000, "Alvorlig sykt barn", "6 mill. kroner til prosjektet «Enklere tilgang til informasjon».");
        assertEquals(2, table.warnings().size(), "a row without amount, and a table running to the end of the text");
        assertEquals(3192, 3135 + table.warnings().get(0).line());
        assertTrue(table.warnings().get(0).message().contains("701.22 has no amount (\"Posten avsluttes fra 2025\")"));
        assertTrue(table.warnings().get(1).message().contains("may be cut off"));
    }

    @Test
    void joinsANameCellThatGoesOnOnTheNextPage() {
        List<AllocationTableReader.Row> rows = rowsOf(NAME_ON_NEXT_PAGE);

        assertEquals(2, rows.size());
        assertRow(rows.get(0), 701, 60, "Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste", 71_211_000,
                "Søknadsbasert tilskuddsordninger for kommuner for å ta helseteknologi i bruk", "");
        assertEquals("Tilskudd til digitalisering i kommunal helse- og omsorgstjenteste (KS)", rows.get(1).name());
        assertEquals(44_544_000, rows.get(1).amountNok());

        AllocationTableReader.Row personnel = rowsOf(STIKKORD_ON_NEXT_PAGE).get(0);
        assertEquals("Spesielle driftsutgifter, kan nyttes under post 79", personnel.name());
        assertEquals("Det tildeles 2,6 mill. kroner til videre innfasing av 66 nyopprettede LIS1-stillinger.",
                personnel.purpose());
    }

    @Test
    void gluesWordsBrokenInsideTheNameCell() {
        List<AllocationTableReader.Row> rows = rowsOf(BROKEN_WORDS);

        assertEquals(List.of("Driftsutgifter – kontrollkommisjonene", "Spesielle driftsutgifter",
                "Hjemhenting ved alvorlig psykisk lidelse mv.", "Utviklingsområder innen psykisk helsevern og rus",
                "Tilskudd, overslagsbevilgning"), rows.stream().map(AllocationTableReader.Row::name).toList());
        Stikkord.Name pension = AllocationTableReader.splitName(rows.get(4).name());
        assertEquals("Tilskudd", pension.name());
        assertTrue(pension.stikkord().estimateAppropriation());

        List<AllocationTableReader.Row> wrapped = rowsOf(WRAPPED_AMOUNT);
        assertEquals(List.of("Legemidler", "Legeerklæringer", "Medisinsk forbruksmateriell", "Bidrag"),
                wrapped.stream().map(AllocationTableReader.Row::name).toList());
        assertEquals(List.of(15_104_900_000L, 17_000_000L, 2_490_000_000L, 270_000_000L),
                wrapped.stream().map(AllocationTableReader.Row::amountNok).toList());
        assertEquals("Tilsynsavgift e-sigaretter", rowsOf(ONE_LETTER_HYPHEN).get(0).name());
    }

    @Test
    void splitsStikkordWrittenInParentheses() {
        AllocationTableReader.Row row = rowsOf(PARENTHESISED_STIKKORD).get(0);

        assertEquals(337_000_000, row.amountNok());
        Stikkord.Name name = AllocationTableReader.splitName(row.name());
        assertEquals("Spesielle driftsutgifter", name.name());
        assertEquals(List.of(70, 71), name.stikkord().mayBeUsedUnderPosts());
        assertFalse(name.stikkord().transferable());
    }

    @Test
    void takesTheAmountAndNotTheNumberThatStartsTheComment() {
        AllocationTableReader.Row fruit = rowsOf(NUMBER_AFTER_AMOUNT).get(0);
        assertEquals(20_613_000, fruit.amountNok());
        assertEquals("Skolefrukt m.v.", fruit.name());
        assertTrue(fruit.comment().startsWith("20,613 mill. kroner til tiltak"), fruit.comment());

        AllocationTableReader.Row municipal = rowsOf(AMOUNT_THEN_MILLIONS).get(0);
        assertEquals(119_171_000, municipal.amountNok());
        assertEquals("20 mill. kroner til tilskuddsordningen ABC-kampanje for god psykisk helse", municipal.comment());
    }

    @Test
    void readsEveryAllocationRowOfTheLetter() throws IOException {
        ParsedDocument letter = new AllocationLetterParser().parse(TestDocuments.read(seed(LETTER)));

        assertEquals(DocumentKind.ALLOCATION_LETTER, letter.kind());
        assertEquals(2025, letter.year());
        assertEquals("Tildelingsbrev 2025 til Helsedirektoratet", letter.title());
        assertEquals(57, letter.allocations().stream().filter(a -> a.chapter() < 3000).count(), "rows of 4.1 Utgifter");
        assertEquals(6, letter.allocations().stream().filter(a -> a.chapter() >= 3000).count(), "rows of 4.2 Inntekter");
        assertEquals("helsedirektoratet", letter.identity().agency().id());
        assertTrue(letter.allocations().stream().allMatch(a -> a.year() == 2025
                && a.effectiveDate().equals(LocalDate.of(2025, 1, 1))));

        assertEquals(5, rowsOf(letter, 701, 21).size());
        assertEquals(128_500_000, total(letter, 701, 21));
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

        assertEquals(58, letter.posts().size());
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

        assertEquals(List.of(3192, 3916, 0), letter.warnings().stream().map(w -> w.line()).toList());
        assertTrue(letter.warnings().get(1).message().contains("2711.72"));
        assertEquals(null, letter.date());
        assertTrue(letter.checks().isEmpty(), "tables 4.1 and 4.2 have no sum lines to check against");
    }

    @Test
    void rejectsEmptyGarbageAndCutOffText() throws IOException {
        AllocationLetterParser parser = new AllocationLetterParser();
        assertThrows(DocumentFormatException.class, () -> parser.parse(letter("")));
        assertThrows(DocumentFormatException.class, () -> parser.parse(letter("lorem ipsum 123\n456 789\n")));
        String beforeChapter4 = String.join("\n", seed(LETTER).lines().limit(3085).toList());
        assertThrows(DocumentFormatException.class, () -> parser.parse(letter(beforeChapter4)));
    }

    private static void assertRow(AllocationTableReader.Row row, int chapter, int post, String name, long amount,
                                  String purpose, String comment) {
        assertEquals(chapter, row.chapter());
        assertEquals(post, row.post());
        assertEquals(name, row.name());
        assertEquals(amount, row.amountNok());
        assertEquals(purpose, row.purpose());
        assertEquals(comment, row.comment());
    }

    private static List<AllocationTableReader.Row> rowsOf(String fixture) {
        return AllocationTableReader.read(DocumentLines.of(fixture), 0).rows();
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
