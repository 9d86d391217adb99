package no.styringsdata.reader.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.testing.documents.AllocationTableVariants;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * The 2025 letter's tables 4.1 Utgifter and 4.2 Inntekter, and variants of them made by transformation: each
 * must give the allocation of every kap./post that budget-service's AllocationLetterParser gives today.
 */
class AllocationLetterTablesTest {

    /** budget-service's AllocationLetterParser on the seed, per kap./post, in kroner (58 posts with an amount). */
    private static final Map<String, Long> TODAYS_TOTALS = parse("""
            2711.70=3031100000, 2711.71=477900000, 2711.76=1506412000, 2751.70=15104900000, 2751.71=17000000,
            2751.72=2490000000, 2790.70=270000000, 3714.04=24396000, 3740.02=35104000, 3740.04=30986000,
            3740.05=66000000, 5572.74=3770000, 5572.75=18952000, 701.21=128500000, 701.60=71211000,
            701.73=44544000, 702.21=20000000, 702.70=4811000, 709.01=89340000, 714.21=103000000, 714.22=42200000,
            714.60=119171000, 714.70=201772000, 714.74=20613000, 714.79=81374000, 717.21=10916000,
            717.70=73794000, 732.77=4462863000, 733.21=3967000, 733.79=5847000, 734.01=106580000,
            734.21=16504000, 734.70=3453000, 734.72=15132000, 737.70=115000000, 740.01=1589294000,
            740.21=125037000, 760.21=337000000, 760.60=1267303000, 760.61=486140000, 760.62=1011238000,
            760.70=378705000, 760.71=224368000, 765.21=176600000, 765.60=373812000, 765.62=483411000,
            765.71=158283000, 765.72=612737000, 765.73=145869000, 765.74=404875000, 765.75=308459000,
            770.21=2600000, 770.70=445204000, 781.21=17988000, 781.79=63952000, 783.21=45833000,
            783.61=288915000, 783.79=28578000""");
    private static final long TODAYS_SUM = 37_793_313_000L;
    /** Rows the letter gives without an amount: 701.22 "Posten avsluttes fra 2025", 2711.72 Tannbehandling. */
    private static final List<String> WITHOUT_AMOUNT = List.of("2711.72", "701.22");

    private static final String SEED = SeedTexts.read(SeedTexts.ALLOCATION_LETTER);

    @Test
    void findsTheTablesOfChapterFourWithTheirColumnsUnitAndAllocationColumn() {
        AllocationTables read = read(SEED);

        assertEquals(List.of("4.1 Utgifter", "4.2 Inntekter"), read.tables().stream()
                .map(t -> t.section().number() + " " + t.section().heading()).toList());
        assertEquals(List.of(3092, 3952), read.tables().stream().map(AllocationTable::headerLine).toList());
        AllocationTable expenditure = read.tables().get(0);
        assertEquals(List.of(Column.Role.CHAPTER_POST, Column.Role.NAME, Column.Role.AMOUNT, Column.Role.COMMENT),
                expenditure.columns().stream().map(Column::role).toList());
        assertEquals(Unit.THOUSANDS, expenditure.unit());
        assertEquals(0, expenditure.allocationColumn());
        assertTrue(expenditure.allocationRule().contains("only tildeling column"), expenditure.allocationRule());
        assertEquals(expenditure.columns(), read.tables().get(1).columns(), "4.2 has no header row of its own");
        assertEquals(Unit.THOUSANDS, read.tables().get(1).unit());
    }

    @Test
    void readsEveryRowAsTodaysParserDoes() {
        AllocationTables read = read(SEED);

        assertEquals(List.of(59, 6), read.tables().stream().map(t -> t.rows().size()).toList());
        assertEquals(TODAYS_TOTALS, totals(read));
        assertEquals(TODAYS_SUM, sum(read));
        assertEquals(60, keys(read).size(), "58 kap./post with an amount and 2 without");
        assertEquals(WITHOUT_AMOUNT, keys(read).stream().filter(k -> !TODAYS_TOTALS.containsKey(k)).sorted().toList());
        List<AllocationRow> special = rows(read, "701.21");
        assertEquals(List.of(30_000_000L, 21_000_000L, 4_000_000L, 67_500_000L, 6_000_000L),
                special.stream().map(r -> r.amountsKroner().get(0)).toList());
        assertEquals(List.of(3098, 3110, 3124, 3136, 3176), special.stream().map(AllocationRow::line).toList());
        assertEquals("Spesielle driftsutgifter, kan overføres, kan nyttes under post 70", special.get(2).name());
    }

    @Test
    void joinsNamesThatWrapBreakOrGoOnAfterAPageBreak() {
        AllocationTables read = read(SEED);

        assertEquals("Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste", rows(read, "701.60").get(0).name());
        assertEquals("Driftsutgifter – kontrollkommisjonene", rows(read, "734.01").get(0).name());
        assertEquals("Tilskudd, overslagsbevilgning", rows(read, "737.70").get(0).name());
        assertEquals("Spesielle driftsutgifter, kan nyttes under post 79", rows(read, "783.21").get(0).name());
        assertEquals("Medisinsk forbruksmateriell", rows(read, "2751.72").get(0).name());
        assertEquals("Tilsynsavgift e-sigaretter", rows(read, "5572.74").get(0).name());
        AllocationRow fruit = rows(read, "714.74").get(0);
        assertEquals(List.of(20_613_000L), fruit.amountsKroner());
        assertTrue(fruit.comment().startsWith("20,613 mill. kroner til tiltak"), fruit.comment());
    }

    @Test
    void warnsOfRowsWithoutAmountAndOfTheTableWithoutHeader() {
        List<ImportWarning> warnings = read(SEED).allWarnings();

        assertEquals(List.of(3192, 3916, 3952), warnings.stream().map(ImportWarning::line).toList());
        assertTrue(warnings.get(0).message().contains("701.22"), warnings.get(0).message());
        assertTrue(warnings.get(2).message().contains("columns of the table on line 3092"), warnings.get(2).message());
    }

    @Test
    void readsTheTableSplitIntoOneSectionPerChapterGroup() {
        AllocationTables read = read(AllocationTableVariants.splitIntoSections(SEED));

        assertEquals(List.of("4.1.1", "4.1.2", "4.1.3", "4.1.4", "4.1.5", "4.1.6", "4.1.7", "4.1.8", "4.2"),
                read.tables().stream().map(t -> t.section().number()).toList());
        assertEquals("Kapitlene 760–769", read.tables().get(4).section().heading());
        assertSameAllocations(read);
        assertEquals(2, rowWarnings(read), "only the two rows without amount");
    }

    @Test
    void readsRenamedHeadingsWhereTheOnlyAmountColumnIsTheYearsAppropriation() {
        AllocationTables read = read(AllocationTableVariants.renamedHeadings(SEED));

        AllocationTable expenditure = read.tables().get(0);
        assertEquals(new Column(Column.Role.AMOUNT, "Bevilgning 2025", Column.Stage.BEVILGNING, 2025),
                expenditure.amountColumns().get(0));
        assertEquals(List.of("Kap.post", "Formål", "Bevilgning 2025", "Merknad"),
                expenditure.columns().stream().map(Column::heading).toList());
        assertTrue(expenditure.allocationRule().contains("only amount column"), expenditure.allocationRule());
        assertSameAllocations(read);
    }

    @Test
    void picksTheTildelingOfTheYearBesideASavedBudgetColumn() {
        AllocationTables read = read(AllocationTableVariants.withSavedBudgetColumn(SEED));

        AllocationTable expenditure = read.tables().get(0);
        assertEquals(List.of(Column.Stage.SALDERT_BUDSJETT, Column.Stage.TILDELING),
                expenditure.amountColumns().stream().map(Column::stage).toList());
        assertEquals(1, expenditure.allocationColumn());
        assertTrue(expenditure.allocationRule().contains("tildeling of the letter's year"), expenditure.allocationRule());
        assertSameAllocations(read);
        long saved = read.tables().stream().flatMap(t -> t.rows().stream()).map(r -> r.amountsKroner().get(0))
                .filter(a -> a != null).mapToLong(Long::longValue).sum();
        assertEquals(TODAYS_SUM + 63 * 1_000_000L, saved, "each of the 63 amounts has a saldert budsjett 1 mill. above");
        assertEquals(List.of(15_105_900_000L, 15_104_900_000L), rows(read, "2751.70").get(0).amountsKroner(),
                "the wrapped \"15 104\" + \"900\"");
    }

    @Test
    void readsAmountsWrittenInKronerToTheSameKroner() {
        AllocationTables read = read(AllocationTableVariants.inKroner(SEED));

        assertEquals(List.of(Unit.KRONER, Unit.KRONER), read.tables().stream().map(AllocationTable::unit).toList());
        assertSameAllocations(read);
    }

    @Test
    void readsKapAndPostInSeparateColumnsWithRowsThatContinueAChapter() {
        String variant = AllocationTableVariants.separateChapterAndPost(SEED);
        assertTrue(variant.contains("\n21 Spesielle \n"), "rows after a chapter's first give the post only");
        AllocationTables read = read(variant);

        assertEquals(List.of(Column.Role.CHAPTER, Column.Role.POST, Column.Role.NAME, Column.Role.AMOUNT,
                        Column.Role.COMMENT),
                read.tables().get(0).columns().stream().map(Column::role).toList());
        assertSameAllocations(read);
        assertEquals(65, read.tables().stream().mapToInt(t -> t.rows().size()).sum());
    }

    @Test
    void findsTheTablesMovedIntoAnotherChapter() {
        AllocationTables read = read(AllocationTableVariants.movedToChapterFive(SEED));

        assertEquals(List.of("5.1", "5.2"), read.tables().stream().map(t -> t.section().number()).toList());
        assertSameAllocations(read);
    }

    @Test
    void readsAllTransformationsAtOnce() {
        UnaryOperator<String> all = text -> AllocationTableVariants.movedToChapterFive(
                AllocationTableVariants.withSavedBudgetColumn(AllocationTableVariants.inKroner(
                        AllocationTableVariants.splitIntoSections(text))));
        AllocationTables read = read(all.apply(SEED));

        assertEquals(9, read.tables().size());
        assertTrue(read.tables().stream().allMatch(t -> t.section().number().startsWith("5.")));
        assertSameAllocations(read);
    }

    @Test
    void readsTheSupplementaryLetterAndWarnsOfTheChangeTableItCannotRead() {
        AllocationTables read = read(SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER));

        assertEquals(List.of(260, 277), read.tables().stream().map(AllocationTable::headerLine).toList());
        assertEquals(Map.of("714.21", 1_400_000L), totals(read));
        AllocationTable change = read.tables().get(1);
        assertEquals(List.of(Column.Stage.OTHER, Column.Stage.ENDRING, Column.Stage.TILDELING),
                change.amountColumns().stream().map(Column::stage).toList(), "Tidligere / Ny tildeling / Sum tildelt 2025");
        assertEquals(List.of(275, 277, 278), read.allWarnings().stream().map(ImportWarning::line).toList(),
                "\"Kap. 760.21\" without amount, no unit, and \"349110 6320 355 430\" as three amounts");
    }

    private static void assertSameAllocations(AllocationTables read) {
        assertEquals(TODAYS_TOTALS, totals(read));
        assertEquals(TODAYS_SUM, sum(read));
        assertEquals(60, keys(read).size());
    }

    private static AllocationTables read(String text) {
        return AllocationTableReader.read(DocumentReader.read(text));
    }

    private static long rowWarnings(AllocationTables read) {
        return read.allWarnings().stream().filter(w -> w.message().contains("has no amount")).count();
    }

    private static Map<String, Long> totals(AllocationTables read) {
        Map<String, Long> totals = new TreeMap<>();
        for (AllocationTable table : read.tables()) {
            for (AllocationRow row : table.rows()) {
                table.allocation(row).ifPresent(amount -> totals.merge(row.key(), amount, Long::sum));
            }
        }
        return totals;
    }

    private static long sum(AllocationTables read) {
        return totals(read).values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<String> keys(AllocationTables read) {
        return read.tables().stream().flatMap(t -> t.rows().stream()).map(AllocationRow::key).distinct().toList();
    }

    private static List<AllocationRow> rows(AllocationTables read, String key) {
        return read.tables().stream().flatMap(t -> t.rows().stream()).filter(r -> r.key().equals(key)).toList();
    }

    private static Map<String, Long> parse(String figures) {
        return Arrays.stream(figures.split(",\\s*")).map(String::strip)
                .collect(Collectors.toMap(f -> f.split("=")[0], f -> Long.parseLong(f.split("=")[1]), (a, b) -> a,
                        TreeMap::new));
    }
}
