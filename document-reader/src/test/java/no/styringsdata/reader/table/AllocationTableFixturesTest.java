package no.styringsdata.reader.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.ImportWarning;
import org.junit.jupiter.api.Test;

/** Small letters written by hand for what the 2025 seed does not show. */
class AllocationTableFixturesTest {

    /** A numbered table: kap. and post apart, posts that continue a chapter, "21/70", a wrapped name, a sum. */
    private static final String NUMBERED_TABLE = """
            Tildelingsbrev 2025 til Statens helsetilsyn

            1 Innledning

            Departementet stiller midler til disposisjon for Statens helsetilsyn for 2025.

            2 Budsjettildeling

            Tabell 1. Oversikt over midler som blir stilt til disposisjon (i 1 000 kr)

            Kap. Post Benevnelse Saldert budsjett 2025 Tildeling 2025 Merknad

            721 01 Driftsutgifter 180 500 175 250 Herav 2 mill. kroner til
            tilsyn med barnevernet.
            21 Spesielle driftsutgifter, kan\s
            nyttes under post 70
            12 000 10 000
            21/70 Tilsyn med helse- og omsorgs-
            tjenester i kommunene 3 000 3 000 Én ramme for begge postene
            Sum kap. 721 195 500 190 000

            3 Styring og kontroll

            Statens helsetilsyn skal ha god internkontroll.
            """;

    /** Mill. kroner, every kap./post form, a chapter line whose posts follow, a dash. */
    private static final String MILLIONS = """
            Tildelingsbrev 2025 til Helsedirektoratet

            1 Tildeling

            Mill. kroner

            Kap./post Betegnelse Tildeling 2025 Kommentarer

            0701 01 Driftsutgifter 312,4
            kap. 701 post 21 Spesielle driftsutgifter –
            Posten er avviklet.
            701.70 Tilskudd 2 889,8
            Kap. 740 Helsedirektoratet
            01 Driftsutgifter 1 589,294
            21 Spesielle driftsutgifter 125
            Sum 4 916,494

            2 Styring
            """;

    /** A small agency: one post, the year's appropriation as the only amount column, then a payment plan. */
    private static final String SINGLE_POST = """
            Tildelingsbrev 2025 til Bioteknologirådet

            1 Innledning

            Departementet stiller følgende midler til disposisjon for 2025.

            2 Budsjett

            (beløp i kroner)

            Kap./post Formål Bevilgning 2025

            0702 70 Tilskudd til Bioteknologirådet 12 450 000

            Utbetalingsplan: midlene utbetales kvartalsvis.

            3 Rapportering
            """;

    /** A table of other stages only: Prop. 1 S figures quoted in a letter. */
    private static final String NO_ALLOCATION_COLUMN = """
            Tildelingsbrev 2025 til Helsedirektoratet

            1 Bakgrunn

            Kap./post Benevnelse Regnskap 2023 Forslag 2026

            Side 3 av 12
            740.01 Driftsutgifter 1 463 120 1 650 000
            740.21 Spesielle driftsutgifter 98 700 –

            2 Styring
            """;

    @Test
    void readsANumberedTableWithSeparateKapAndPostColumnsAndPostsThatContinueAChapter() {
        AllocationTable table = onlyTable(NUMBERED_TABLE);

        assertEquals("Budsjettildeling", table.section().heading());
        assertEquals(Unit.THOUSANDS, table.unit(), "from the table's title line");
        assertEquals(1, table.allocationColumn());
        assertEquals(List.of("721.01", "721.21", "721.21/70"), table.rows().stream().map(AllocationRow::key).toList());
        assertEquals(List.of(List.of(1), List.of(21), List.of(21, 70)),
                table.rows().stream().map(AllocationRow::posts).toList());
        assertEquals(List.of(175_250_000L, 10_000_000L, 3_000_000L),
                table.rows().stream().map(r -> table.allocation(r).orElseThrow()).toList());
        assertEquals(List.of(180_500_000L, 175_250_000L), table.rows().get(0).amountsKroner());
        assertEquals("Herav 2 mill. kroner til tilsyn med barnevernet.", table.rows().get(0).comment());
        assertEquals("Spesielle driftsutgifter, kan nyttes under post 70", table.rows().get(1).name());
        assertEquals("Tilsyn med helse- og omsorgstjenester i kommunene", table.rows().get(2).name());
        assertEquals(List.of(18, 19), table.rows().get(2).lines());
    }

    @Test
    void warnsWithBothFiguresWhenASumLineDoesNotMatchItsRows() {
        AllocationTable table = onlyTable(NUMBERED_TABLE);

        assertEquals(1, table.warnings().size(), "the saldert budsjett adds up, the tildeling does not");
        ImportWarning mismatch = table.warnings().get(0);
        assertEquals(20, mismatch.line());
        assertTrue(mismatch.message().contains("Sum kap. 721 (Tildeling 2025): the rows give 188 250 000 kroner, "
                + "the line says 190 000 000 kroner"), mismatch.message());
    }

    @Test
    void readsMillionsEveryKeyFormAChapterLineAndADash() {
        AllocationTable table = onlyTable(MILLIONS);

        assertEquals(Unit.MILLIONS, table.unit());
        assertEquals(List.of("701.01", "701.21", "701.70", "740.01", "740.21"),
                table.rows().stream().map(AllocationRow::key).toList());
        assertEquals(List.of(312_400_000L, 0L, 2_889_800_000L, 1_589_294_000L, 125_000_000L),
                table.rows().stream().map(r -> table.allocation(r).orElseThrow()).toList());
        assertEquals("Posten er avviklet.", table.rows().get(1).comment());
        assertEquals(List.of(), table.warnings(), "the Sum line matches");
    }

    @Test
    void readsASinglePostTableOfASmallAgency() {
        AllocationTable table = onlyTable(SINGLE_POST);

        assertEquals(Unit.KRONER, table.unit());
        assertTrue(table.allocationRule().contains("only amount column"), table.allocationRule());
        assertEquals(1, table.rows().size());
        AllocationRow row = table.rows().get(0);
        assertEquals("702.70", row.key());
        assertEquals("Tilskudd til Bioteknologirådet", row.name());
        assertEquals(12_450_000L, table.allocation(row).orElseThrow());
        assertEquals("Utbetalingsplan: midlene utbetales kvartalsvis.", row.comment());
    }

    @Test
    void warnsWhenNoColumnIsThisYearsAllocationAndOfLinesItCannotPlace() {
        AllocationTables read = AllocationTableReader.read(DocumentReader.read(NO_ALLOCATION_COLUMN));
        AllocationTable table = read.tables().get(0);

        assertEquals(-1, table.allocationColumn());
        assertEquals(List.of(1_463_120_000L, 1_650_000_000L), table.rows().get(0).amountsKroner());
        assertEquals(Arrays.asList(98_700_000L, 0L), table.rows().get(1).amountsKroner());
        assertTrue(table.allocation(table.rows().get(0)).isEmpty());
        List<String> messages = read.allWarnings().stream().map(ImportWarning::message).toList();
        assertEquals(List.of(5, 5, 7), read.allWarnings().stream().map(ImportWarning::line).toList());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("no amount column is this year's allocation")
                && m.contains("\"Regnskap 2023\", \"Forslag 2026\"")), messages.toString());
        assertTrue(messages.contains("the table names no unit; read as 1 000 kroner"), messages.toString());
        assertTrue(messages.contains("not part of any row of the table: Side 3 av 12"), messages.toString());
    }

    /** A comment in paragraphs: lines holding one space between them, and a breakdown whose items start with amounts. */
    private static final String COMMENT_PARAGRAPHS = """
            Tildelingsbrev 2025 til Helsedirektoratet

            1 Budsjettildeling

            (alle tall i 1 000 kroner)\s
            Kap./post Benevnelse Tildeling Kommentarer
            701.21 Spesielle driftsutgifter 67 500 Digital samhandling\s
            \s
            41 mill. kr til pasientens\s
            legemiddelliste\s
            6 mill. kr til pasientens kritiske informasjon\s
            \s
            Resten etter avtale.\s
            """;

    @Test
    void splitsTheCommentIntoParagraphsAtLinesHoldingASpaceAndAtListItems() {
        AllocationRow row = onlyTable(COMMENT_PARAGRAPHS).rows().get(0);

        assertEquals(List.of("Digital samhandling", "41 mill. kr til pasientens legemiddelliste",
                "6 mill. kr til pasientens kritiske informasjon", "Resten etter avtale."), row.commentParagraphs());
        assertEquals("Digital samhandling 41 mill. kr til pasientens legemiddelliste 6 mill. kr til pasientens "
                + "kritiske informasjon Resten etter avtale.", row.comment());
    }

    @Test
    void findsNoTableInProse() {
        AllocationTables read = AllocationTableReader.read(DocumentReader.read("""
                1 Innledning

                Helsedirektoratet tildeles 20 mill. kroner på kap. 740 post 01 til dette.
                """));

        assertEquals(List.of(), read.tables());
        assertEquals(1, read.warnings().size());
    }

    private static AllocationTable onlyTable(String text) {
        AllocationTables read = AllocationTableReader.read(DocumentReader.read(text));
        assertEquals(1, read.tables().size(), read.tables().toString());
        return read.tables().get(0);
    }
}
