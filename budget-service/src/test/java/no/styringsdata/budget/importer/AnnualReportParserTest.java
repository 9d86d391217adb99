package no.styringsdata.budget.importer;

import static no.styringsdata.budget.importer.AllocationLetterParserTest.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.text.DocumentFormatException;
import org.junit.jupiter.api.Test;

class AnnualReportParserTest {

    private static final String REPORT = "/seeds/001_74ce41b747f7677e.txt";

    @Test
    void readsTheWholeStatement() throws IOException {
        ParsedDocument report = new AnnualReportParser().parse(TestDocuments.read(seed(REPORT)));

        TestDocuments.assertIdentity(report, DocumentKind.ANNUAL_REPORT, 2024, "Årsrapport 2024 Helsedirektoratet");
        assertEquals(102, report.posts().size(), "88 expenditure, 8 revenue and 6 settlement rows");
        assertEquals(94, report.posts().stream().filter(p -> p.chapter() < 3000).count());
        assertEquals(39, report.chapters().size());
        assertEquals(87, report.amounts().stream().filter(a -> a.stage() == Stage.TILDELING).count());
        assertEquals(102, report.amounts().stream().filter(a -> a.stage() == Stage.REGNSKAP).count());
        assertEquals(java.util.Map.of("Utgiftskapittel", 88L, "Inntektskapitler", 8L, "Oppgjørsvirksomhet", 6L),
                report.amounts().stream().filter(a -> a.stage() == Stage.REGNSKAP).collect(java.util.stream.Collectors
                        .groupingBy(ParsedAmount::section, java.util.stream.Collectors.counting())));
        assertEquals(List.of(60, 61, 70, 71, 72, 73), report.amounts().stream()
                .filter(a -> "Oppgjørsvirksomhet".equals(a.section()) && a.stage() == Stage.REGNSKAP)
                .map(a -> a.chapter() * 100 + a.post() - 74_000).toList(), "kap. 740 posts 60–73");
        assertEquals(-7_495_325, amount(report, 740, 61, Stage.REGNSKAP));
        assertEquals(0, amount(report, 740, 61, Stage.TILDELING));
        assertEquals("Oppgjørsordning covid-19 vaksinering", post(report, 740, 61).name());
        assertEquals(1_546_737_000, amount(report, 740, 1, Stage.TILDELING));
        assertEquals(1_457_575_965, amount(report, 740, 1, Stage.REGNSKAP));
        assertEquals(14_560_000_000L, amount(report, 2751, 70, Stage.TILDELING));
        assertEquals(14_398_868_690L, amount(report, 2751, 70, Stage.REGNSKAP));
        assertEquals(469_953_000, amount(report, 765, 62, Stage.TILDELING));
        assertEquals(0, amount(report, 765, 62, Stage.REGNSKAP));
        assertEquals(86_000_000, amount(report, 3740, 5, Stage.TILDELING));
        assertEquals("helsedirektoratet", report.identity().agency().id(), "every amount of the report is its agency's");
        assertEquals(List.of(7323), report.warnings().stream().map(w -> w.line()).toList(), report.warnings().toString());
        assertTrue(report.warnings().get(0).message().contains("3714.04: the figures after merutgift/mindreutgift"),
                "the belastningsfullmakt columns, which are not figures of the agency's own");
    }

    @Test
    void checksEveryRowAndBothSumLinesToWithinRounding() throws IOException {
        List<SelfCheck> checks = new AnnualReportParser().parse(TestDocuments.read(seed(REPORT))).checks();

        assertEquals(87 + 4, checks.size(), "every row with its three figures, and the statement's four sum lines");
        assertTrue(checks.stream().allMatch(SelfCheck::passed));
        SelfCheck fees = checks.stream().filter(c -> c.subject().startsWith("0714.22")).findFirst().orElseThrow();
        assertEquals("15 527 000, 15 256 822, 270 179; off by -1 kr, within the rounding to whole kroner",
                fees.detail(), "the document's own figures differ by one krone");
        SelfCheck expenditure = checks.stream().filter(c -> c.subject().startsWith("Sum utgiftsført")).findFirst()
                .orElseThrow();
        assertEquals(7305, expenditure.line());
        assertTrue(expenditure.detail().startsWith("rows give 59 617 136 000 and 71 708 657 301; the line says "
                + "59 617 136 000 and 71 708 657 295 ("), expenditure.detail());
    }

    @Test
    void rejectsEmptyGarbageAndCutOffReports() throws IOException {
        AnnualReportParser parser = new AnnualReportParser();
        assertThrows(DocumentFormatException.class, () -> parser.parse(report("")));
        assertThrows(DocumentFormatException.class, () -> parser.parse(report("Bevilgningsrapportering\n0701 lorem 21\n")));
        List<String> lines = seed(REPORT).lines().toList();
        assertThrows(DocumentFormatException.class, () -> parser.parse(report(String.join("\n", lines.subList(0, 6950)))));
        assertThrows(DocumentFormatException.class, () -> parser.parse(report(String.join("\n", lines.subList(0, 7200)))),
                "cut inside the table, before Sum utgiftsført");
    }

    private static long amount(ParsedDocument document, int chapter, int post, Stage stage) {
        return document.amounts().stream()
                .filter(a -> a.chapter() == chapter && a.post() == post && a.stage() == stage)
                .map(ParsedAmount::amountNok).reduce((a, b) -> {
                    throw new AssertionError("two amounts for " + chapter + "." + post);
                }).orElseThrow(() -> new AssertionError("no " + stage + " amount for " + chapter + "." + post));
    }

    private static ParsedPost post(ParsedDocument document, int chapter, int post) {
        return document.posts().stream().filter(p -> p.chapter() == chapter && p.post() == post).findFirst().orElseThrow();
    }

    private static no.styringsdata.reader.ReadDocument report(String text) {
        return TestDocuments.fixture(DocumentKind.ANNUAL_REPORT, 2024, text);
    }
}
