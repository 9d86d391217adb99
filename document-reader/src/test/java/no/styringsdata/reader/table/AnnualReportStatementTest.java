package no.styringsdata.reader.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.table.AppropriationStatement.Figure;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.testing.documents.SeedTexts;
import no.styringsdata.testing.documents.StatementVariants;
import org.junit.jupiter.api.Test;

/**
 * The 2024 annual report's "Bevilgningsrapportering 31.12.2024" (lines 6959–7379), and variants of it made by
 * transformation: every row with its part, the figures budget-service's AnnualReportParser reads today for the
 * 96 rows it reads, the 6 settlement rows it skips, and the sum lines.
 */
class AnnualReportStatementTest {

    private static final String SEED = SeedTexts.read(SeedTexts.ANNUAL_REPORT);
    /** Read once: reading the whole report takes about a second. */
    private static final AppropriationStatement SEED_STATEMENT = read(SEED);

    /**
     * budget-service's AnnualReportParser on the seed (run once): samlet tildeling and regnskap of a few rows,
     * and over its 96 rows the sums and how many have a samlet tildeling.
     */
    private static final Map<String, List<Long>> TODAYS_ROWS = Map.of(
            "701.21", Arrays.asList(232_400_000L, 154_500_965L),
            "734.70", Arrays.asList(3_327_000L, 0L),
            "761.75", Arrays.asList(15_586_000L, 15_586_096L),
            "2751.70", Arrays.asList(14_560_000_000L, 14_398_868_690L),
            "500.21", Arrays.asList(null, 124_516L),
            "660.71", Arrays.asList(null, 0L),
            "1633.01", Arrays.asList(null, 182_989_458L),
            "3714.04", Arrays.asList(3_013_000L, 2_868_243L),
            "5701.86", Arrays.asList(null, 95_376_048L));
    private static final long TODAYS_ALLOCATED = 59_617_136_000L + 163_566_000L;
    private static final long TODAYS_ACCOUNTED = 71_708_657_301L + 491_586_589L;
    private static final int TODAYS_ROWS_WITH_ALLOCATION = 81;

    /** The settlement rows (kap. 740 posts 60–73) budget-service skips: samlet tildeling, regnskap, difference. */
    private static final Map<String, List<Long>> SETTLEMENT = Map.of(
            "740.60", List.of(0L, 0L, 0L),
            "740.61", List.of(0L, -7_495_325L, 7_495_325L),
            "740.70", List.of(0L, -52_371L, 52_371L),
            "740.71", List.of(0L, 2_388_285L, -2_388_285L),
            "740.72", List.of(0L, 6_821_665L, -6_821_665L),
            "740.73", List.of(0L, 14_305L, -14_305L));

    private static final String ONLY_WARNING = "3714.04: the figures after merutgift/mindreutgift in "
            + "\"3 013 000 2 868 243 -144 757 400 144 255 388\" (the belastningsfullmakt columns) are not read";

    @Test
    void findsTheStatementWithItsDateUnitAndParts() {
        AppropriationStatement statement = SEED_STATEMENT;

        assertEquals(6959, statement.line());
        assertEquals(LocalDate.of(2024, 12, 31), statement.date());
        assertEquals(2024, statement.year());
        assertEquals(Unit.KRONER, statement.unit());
        assertEquals(List.of(new StatementSection("Utgiftskapittel", 6963), new StatementSection("Inntektskapitler", 7311),
                new StatementSection("Oppgjørsvirksomhet", 7351)), statement.sections());
    }

    @Test
    void readsEveryRowWithItsPart() {
        AppropriationStatement statement = SEED_STATEMENT;

        assertEquals(102, statement.rows().size());
        assertEquals(Map.of("Utgiftskapittel", 88L, "Inntektskapitler", 8L, "Oppgjørsvirksomhet", 6L),
                rowsPerSection(statement));
        assertEquals(102, statement.rows().stream().map(StatementRow::key).distinct().count());
        assertEquals(87, statement.rows().stream().filter(r -> r.allocated() != null).count());
        assertTrue(statement.rows().stream().allMatch(r -> r.accounted() != null), "every row gives its regnskap");
    }

    @Test
    void readsTheRowsTodaysParserReadsWithItsFigures() {
        AppropriationStatement statement = SEED_STATEMENT;
        List<StatementRow> todays = statement.rows().stream()
                .filter(r -> !r.section().heading().equals("Oppgjørsvirksomhet")).toList();

        assertEquals(96, todays.size());
        TODAYS_ROWS.forEach((key, figures) -> assertEquals(figures,
                Arrays.asList(row(statement, key).allocated(), row(statement, key).accounted()), key));
        assertEquals(TODAYS_ALLOCATED, todays.stream().filter(r -> r.allocated() != null)
                .mapToLong(StatementRow::allocated).sum());
        assertEquals(TODAYS_ACCOUNTED, todays.stream().mapToLong(StatementRow::accounted).sum());
        assertEquals(TODAYS_ROWS_WITH_ALLOCATION, todays.stream().filter(r -> r.allocated() != null).count());
    }

    @Test
    void readsNamesNotesDifferencesAndLinesOfWrappedRows() {
        AppropriationStatement statement = SEED_STATEMENT;

        StatementRow wrapped = row(statement, "734.01");
        assertEquals("Særskilte tilskudd til psykisk helse og rustiltak", wrapped.chapterName());
        assertEquals("Særskilte tilskudd til psykisk helse og rustiltak - drift", wrapped.name());
        assertEquals("A/B", wrapped.note());
        assertEquals(105_156_436L, wrapped.difference());
        assertEquals(List.of(7047, 7048, 7049, 7051, 7052, 7053), wrapped.lines());
        StatementRow noNote = row(statement, "1633.01");
        assertNull(noNote.note());
        assertNull(noNote.difference());
        assertEquals("Nettoordning, statlig betalt merverdiavgift", noNote.chapterName());
        assertEquals(-96L, row(statement, "761.75").difference());
        assertEquals(-144_757L, row(statement, "3714.04").difference(), "revenue: regnskap − samlet tildeling");
    }

    @Test
    void readsTheSettlementRowsTodaysParserSkips() {
        AppropriationStatement statement = SEED_STATEMENT;
        StatementSection settlement = statement.sections().get(2);

        Map<String, List<Long>> read = new LinkedHashMap<>();
        statement.rows(settlement).forEach(r -> read.put(r.key(), List.of(r.allocated(), r.accounted(), r.difference())));
        assertEquals(SETTLEMENT, read);
        assertEquals(List.of(7362, 7364, 7366, 7367, 7369, 7371),
                statement.rows(settlement).stream().map(StatementRow::line).toList());
        assertEquals("Oppgjørsordning covid-19 vaksinering", row(statement, "740.61").name());
    }

    @Test
    void checksEverySumLineAgainstItsRows() {
        AppropriationStatement statement = SEED_STATEMENT;

        assertEquals(List.of("Sum utgiftsført", "Sum inntektsført", "Netto rapportert fra aktører utenfor statsregnskapet",
                "Netto rapportert til bevilgningsregnskapet"), statement.sums().stream().map(SumCheck::label).toList());
        assertEquals(List.of(7305, 7347, 7376, 7379), statement.sums().stream().map(SumCheck::line).toList());
        assertTrue(statement.sums().stream().allMatch(SumCheck::matches), statement.sums().toString());
        SumCheck expenditure = statement.sums().get(0);
        assertEquals(List.of(Figure.SAMLET_TILDELING, Figure.REGNSKAP), expenditure.figures());
        assertEquals(List.of(59_617_136_000L, 71_708_657_295L), expenditure.stated());
        assertEquals(List.of(59_617_136_000L, 71_708_657_301L), expenditure.rowsGive(), "6 kr of rounding in 88 rows");
        SumCheck settlement = statement.sums().get(2);
        assertEquals(List.of(Figure.REGNSKAP, Figure.MERUTGIFT_MINDREUTGIFT), settlement.figures());
        assertEquals(List.of(1_676_559L, -1_676_559L), settlement.rowsGive());
        SumCheck net = statement.sums().get(3);
        assertEquals(List.of(Figure.REGNSKAP), net.figures());
        assertEquals(List.of(71_218_747_265L), net.stated());
        assertEquals(List.of(71_218_747_271L), net.rowsGive(), "expenditure and settlement less revenue");
    }

    @Test
    void warnsOnlyOfTheBelastningsfullmaktFiguresItDoesNotRead() {
        assertEquals(List.of(new ImportWarning(7323, ONLY_WARNING)), SEED_STATEMENT.warnings());
    }

    @Test
    void readsTheStatementMovedElsewhereWithPageFurniture() {
        String moved = StatementVariants.movedWithFurniture(SEED);
        AppropriationStatement statement = read(moved);

        assertEquals(4, StatementVariants.repeatedHeaders(SEED));
        int capitalAccounts = moved.lines().toList().indexOf("Kapitalkontoer ") + 1;
        assertTrue(capitalAccounts > 0 && statement.line() > capitalAccounts, "now after the capital accounts");
        assertEquals(figuresByKey(SEED_STATEMENT), figuresByKey(statement));
        assertEquals(sections(SEED_STATEMENT), sections(statement));
        assertTrue(statement.sums().stream().allMatch(SumCheck::matches));
        List<String> warnings = messages(statement);
        assertEquals(1 + 8, warnings.size(), warnings.toString());
        assertEquals(List.of("not part of the statement: Helsedirektoratet – Årsrapport 2024",
                "not part of the statement: Side 87 av 120"), warnings.subList(0, 2));
        assertEquals(ONLY_WARNING, warnings.get(8));
    }

    @Test
    void readsTheStatementWithRenamedColumnHeadings() {
        String renamed = StatementVariants.renamedHeadings(SEED);
        assertTrue(renamed.contains("Samlet tildeling* Regnskap \n"), "the variant renames the headings");

        AppropriationStatement statement = read(renamed);

        assertEquals(SEED_STATEMENT.rows(), statement.rows());
        assertEquals(SEED_STATEMENT.sums(), statement.sums());
        assertEquals(SEED_STATEMENT.warnings(), statement.warnings());
    }

    @Test
    void readsTheStatementWithoutItsRevenuePartAndSaysTheNetLineNoLongerAddsUp() {
        AppropriationStatement statement = read(StatementVariants.withoutRevenue(SEED));

        assertEquals(List.of("Utgiftskapittel", "Oppgjørsvirksomhet"), sections(statement));
        assertEquals(Map.of("Utgiftskapittel", 88L, "Oppgjørsvirksomhet", 6L), rowsPerSection(statement));
        Map<String, String> seed = figuresByKey(SEED_STATEMENT);
        seed.keySet().removeIf(key -> Integer.parseInt(key.split("\\.")[0]) >= 3000);
        assertEquals(seed, figuresByKey(statement));
        assertEquals(List.of(true, true, false), statement.sums().stream().map(SumCheck::matches).toList());
        assertEquals(List.of("Netto rapportert til bevilgningsregnskapet (regnskap): the rows give 71 710 333 860 "
                + "kroner, the line says 71 218 747 265 kroner"), messages(statement));
    }

    @Test
    void readsTheStatementWithItsRowsReorderedWithinEachPart() {
        AppropriationStatement statement = read(StatementVariants.rowsReversed(SEED));

        assertEquals(figuresByKey(SEED_STATEMENT), figuresByKey(statement));
        assertEquals(rowsPerSection(SEED_STATEMENT), rowsPerSection(statement));
        List<String> revenue = keys(SEED_STATEMENT, 1);
        List<String> reversed = new ArrayList<>(revenue);
        Collections.reverse(reversed);
        assertEquals(reversed, keys(statement, 1));
        assertTrue(statement.sums().stream().allMatch(SumCheck::matches));
        assertEquals(List.of(ONLY_WARNING), messages(statement));
    }

    private static AppropriationStatement read(String text) {
        return AppropriationStatementReader.read(DocumentReader.read(text)).orElseThrow();
    }

    private static StatementRow row(AppropriationStatement statement, String key) {
        return statement.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() ->
                new AssertionError("no row " + key));
    }

    private static Map<String, Long> rowsPerSection(AppropriationStatement statement) {
        return statement.rows().stream().collect(Collectors.groupingBy(r -> r.section().heading(), Collectors.counting()));
    }

    private static List<String> sections(AppropriationStatement statement) {
        return statement.sections().stream().map(StatementSection::heading).toList();
    }

    private static List<String> keys(AppropriationStatement statement, int section) {
        return statement.rows(statement.sections().get(section)).stream().map(StatementRow::key).toList();
    }

    private static List<String> messages(AppropriationStatement statement) {
        return statement.warnings().stream().map(ImportWarning::message).toList();
    }

    /** Per kap./post its part, chapter name, name, note and figures: all a row holds but its lines. */
    private static Map<String, String> figuresByKey(AppropriationStatement statement) {
        return statement.rows().stream().collect(Collectors.toMap(StatementRow::key, r -> String.join(" | ",
                r.section().heading(), r.chapterName(), r.name(), String.valueOf(r.note()),
                String.valueOf(r.allocated()), String.valueOf(r.accounted()), String.valueOf(r.difference()))));
    }
}
