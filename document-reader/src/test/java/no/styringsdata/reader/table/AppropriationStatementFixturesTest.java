package no.styringsdata.reader.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.table.AppropriationStatement.Figure;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/** Small statements cut from the 2024 annual report (lines given per fixture), some of them altered. */
class AppropriationStatementFixturesTest {

    private static final String TITLE_AND_HEADER = """
            Bevilgningsrapportering 31.12.2024

            Utgiftskapittel Kapittelnavn Post Posttekst Note Samlet tildeling Regnskap 2024
            Merutgift (-) og
            mindreutgift

            Postert på avgitte
            belastningsfullmakter

            Avvik fra
            tildeling

            """;

    /** Lines 7043–7057: chapter names that wrap before the post number, and a post text that wraps after it. */
    private static final String WRAPPED_CHAPTER_NAMES = TITLE_AND_HEADER + """
            0733
            Habilitering og
            rehabilitering 79 Andre tilskudd A/B 3 716 000 1 328 000 2 388 000

            0734
            Særskilte tilskudd til
            psykisk helse og rustiltak 01

            Særskilte tilskudd til
            psykisk helse og rustiltak
            - drift A/B 107 642 000 2 485 564 105 156 436

            0734
            Særskilte tilskudd til
            psykisk helse og rustiltak 21 Spesielle driftsmidler A/B 16 677 000 13 422 804 3 254 196
            """;

    /**
     * Lines 7243–7305: rows of belastningsfullmakter on other agencies' chapters, with a dash or an empty cell
     * for samlet tildeling and no difference; one without a note; the sum line.
     */
    private static final String WITHOUT_ALLOCATION = TITLE_AND_HEADER + """
            0500
            Kommunal- og
            distriktsdepartementet 21

            Kommunal- og
            distriktsdepartementet,
            spesielle driftsutgifter B - 124 516

            0660 Krigspensjon 71 Tilskudd sivile B  -

            0741
            Norsk
            pasientskadeerstatning 01 Driftsutgifter B  1 494 095

            1633
            Nettoordning, statlig
            betalt merverdiavgift 01

            Nettoordning for mva i
            staten   - 182 989 458
             Sum utgiftsført         0 184 608 069
            """;

    /** Lines 6973–6988 with a sum line whose regnskap is 1 000 kroner off. */
    private static final String SUM_MISMATCH = TITLE_AND_HEADER + """
            0701 E-helse, helseregistre mv. 21 Spesielle driftsmidler A/B 232 400 000 154 500 965 77 899 035

            0702 Beredskap 21 Beredskap A/B 20 700 000 14 607 939 6 092 061
             Sum utgiftsført         253 100 000 169 109 904
            """;

    @Test
    void readsChapterNamesThatWrapBeforeThePostNumber() {
        AppropriationStatement statement = read(WRAPPED_CHAPTER_NAMES);

        assertEquals(List.of("733.79", "734.01", "734.21"), statement.rows().stream().map(StatementRow::key).toList());
        StatementRow wrapped = statement.rows().get(1);
        assertEquals("Særskilte tilskudd til psykisk helse og rustiltak", wrapped.chapterName());
        assertEquals("Særskilte tilskudd til psykisk helse og rustiltak - drift", wrapped.name());
        assertEquals(Arrays.asList(107_642_000L, 2_485_564L, 105_156_436L),
                Arrays.asList(wrapped.allocated(), wrapped.accounted(), wrapped.difference()));
        assertEquals(17, wrapped.line());
        assertEquals("Habilitering og rehabilitering", statement.rows().get(0).chapterName());
        assertEquals(List.of(), statement.warnings());
    }

    @Test
    void readsRowsWithoutSamletTildelingAsRegnskapAlone() {
        AppropriationStatement statement = read(WITHOUT_ALLOCATION);

        assertEquals(List.of("500.21", "660.71", "741.01", "1633.01"),
                statement.rows().stream().map(StatementRow::key).toList());
        assertTrue(statement.rows().stream().allMatch(r -> r.allocated() == null && r.difference() == null));
        assertEquals(Arrays.asList(124_516L, 0L, 1_494_095L, 182_989_458L),
                statement.rows().stream().map(StatementRow::accounted).toList());
        assertEquals("Kommunal- og distriktsdepartementet, spesielle driftsutgifter", statement.rows().get(0).name());
        assertEquals("B", statement.rows().get(0).note());
        assertNull(statement.rows().get(3).note(), "an empty note cell");
        assertEquals(1, statement.sums().size());
        assertTrue(statement.sums().get(0).matches(), statement.sums().toString());
        assertEquals(List.of(), statement.warnings());
    }

    @Test
    void warnsOfASumLineThatDoesNotAddUpWithBothFigures() {
        AppropriationStatement statement = read(SUM_MISMATCH);

        assertEquals(2, statement.rows().size(), "a mismatch is not a failure: the rows stay");
        SumCheck sum = statement.sums().get(0);
        assertFalse(sum.matches());
        assertEquals(List.of(Figure.SAMLET_TILDELING, Figure.REGNSKAP), sum.figures());
        assertEquals(List.of(253_100_000L, 169_109_904L), sum.stated());
        assertEquals(List.of(253_100_000L, 169_108_904L), sum.rowsGive());
        assertEquals(List.of(new ImportWarning(16, "Sum utgiftsført (regnskap): the rows give 169 108 904 kroner, "
                + "the line says 169 109 904 kroner")), statement.warnings());
    }

    @Test
    void keepsARowWhoseFiguresDoNotAddUpWithoutFiguresAndSaysSo() {
        String offBy100 = SUM_MISMATCH.replace("6 092 061", "6 092 161");

        AppropriationStatement statement = read(offBy100);

        StatementRow row = statement.rows().get(1);
        assertEquals("702.21", row.key());
        assertNull(row.accounted());
        assertEquals(new ImportWarning(15, "702.21: the figures \"20 700 000 14 607 939 6 092 161\" give no samlet "
                + "tildeling, regnskap and difference that add up, nor a regnskap alone; row kept without figures"),
                statement.warnings().get(0));
    }

    @Test
    void findsNoStatementInALetterOrWhereTheTitleIsOnlyProse() {
        assertEquals(Optional.empty(), AppropriationStatementReader.read(
                DocumentReader.read(SeedTexts.read(SeedTexts.ALLOCATION_LETTER))));
        assertEquals(Optional.empty(), AppropriationStatementReader.read(DocumentReader.read("""
                Bevilgningsrapportering 31.12.2024

                Bevilgningsrapporteringen viser regnskapstall som virksomheten har rapportert.
                """)));
    }

    private static AppropriationStatement read(String text) {
        return AppropriationStatementReader.read(DocumentReader.read(text)).orElseThrow();
    }
}
