package no.styringsdata.budget.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings of the number tokens that end a row of a Prop. 1 S chapter table (003_82c1b6682bf832eb.txt). */
class ColumnSplitterTest {

    private static List<ColumnReading> readings(String amounts, int maxNameTokens) {
        List<NumberToken> run = NumberToken.trailing(NumberToken.words(amounts), 0, amounts.length());
        return ColumnSplitter.readings(run, 3, maxNameTokens);
    }

    private static List<Long> values(Long... values) {
        return Arrays.asList(values);
    }

    @Test
    void readsSpaceSeparatedGroupsAsThreeAmountsOfSimilarSize() {
        // line 5816: "01 Driftsutgifter 304 141 323 186 333 959", no-break spaces made plain
        List<ColumnReading> readings = readings("304 141 323 186 333 959", 0);

        assertEquals(values(304_141L, 323_186L, 333_959L), readings.get(0).values());
        assertTrue(readings.size() > 10, "the groups can be split in many ways");
    }

    @Test
    void followsTheNoBreakSpaceAfterTheFirstGroupOfEachNumber() {
        // line 10325: "Sum kap. 732 217 316 690 228 636 830 237 123 786" as extracted
        String extracted = "217\u00a0316 690 228\u00a0636 830 237\u00a0123 786";

        ColumnReading best = readings(extracted, 0).get(0);

        assertEquals(values(217_316_690L, 228_636_830L, 237_123_786L), best.values());
        ColumnReading second = readings(extracted, 0).get(1);
        assertTrue(second.cost() - best.cost() > ColumnSumSolver.CLOSE, "a reading against the layout is far less plausible");
    }

    @Test
    void listsEveryColumnAPartialRowCouldStandIn() {
        // line 5906: "Norsk helsenett 123 900", the Forslag of a new post
        List<List<Long>> all = readings("123 900", 0).stream().map(ColumnReading::values).toList();

        assertTrue(all.contains(values(null, null, 123_900L)));
        assertTrue(all.contains(values(123_900L, null, null)));
        assertTrue(all.contains(values(123L, 900L, null)));
    }

    @Test
    void neverStartsANumberWithAGroupThatHasALeadingZero() {
        // line 10308: "72 Basisbevilgning Helse Sør-Øst RHF 78 014 868 88 215 193 94 780 348"
        List<ColumnReading> readings = readings("78 014 868 88 215 193 94 780 348", 0);

        assertEquals(1, readings.size());
        assertEquals(values(78_014_868L, 88_215_193L, 94_780_348L), readings.get(0).values());
    }

    @Test
    void readsSignedAmounts() {
        // line 15043: "61 Oppgjørsordning covid-19-vaksinering -7 495"
        List<ColumnReading> readings = readings("-7 495", 0);

        assertEquals(values(-7_495L, null, null), readings.get(0).values());
        assertTrue(readings.stream().noneMatch(r -> r.values().contains(7_495L)), "the sign belongs to the whole number");
    }

    @Test
    void readsADashAsAnEmptyColumnOfZero() {
        // line 19180 "72 Aldersvennlige boliger 89 000", written as a full row with dashes as other tables do
        ColumnReading best = readings("– – 89 000", 0).get(0);

        assertEquals(values(0L, 0L, 89_000L), best.values());
    }

    @Test
    void mayLeaveLeadingTokensToTheNameAtACost() {
        // line 9979: "86 Utbytte 2 2", saldert 2 and forslag 2 (thousand kroner)
        List<ColumnReading> readings = readings("2 2", 1);

        ColumnReading asName = readings.stream().filter(r -> r.nameTokens() == 1).findFirst().orElseThrow();
        assertEquals(0, readings.get(0).nameTokens());
        assertTrue(asName.cost() > readings.get(0).cost());
        assertEquals(1, asName.values().stream().filter(v -> v != null).count());
    }
}
