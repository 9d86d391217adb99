package no.styringsdata.indicator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import org.junit.jupiter.api.Test;

class KeyFigureTableReaderTest {

    @Test
    void readsTheKeyFigureTableInWholeKronerPercentAndFullTimeEquivalents() {
        // Seeds/001_74ce41b747f7677e.txt lines 1171–1233, some rows and the blank lines left out.
        String table = """
                Nøkkeltall om virksomheten
                Tabell 2-4 Nøkkeltall for Helsedirektoratet
                Nøkkeltall om virksomheten 2024 2023 2022 2021
                Årsverk
                Helsedirektoratet
                Antall ansatte              842               676               699               672
                POBO
                Avtalte årsverk                67                 67                 64                 65
                Utgifter
                Helsedirektoratet (ink. HELFO)
                Samlet tildeling post 1-99 (mill. kroner) [7] 9 707 8 882   9 236  13 023
                Utnyttelsesgrad post 1-29 [8] 80 % 96 % 87 % 89 %
                Sum driftsutgifter (mill. kroner) 2045 1 815   2 047   2 002
                Lønnsutgifter per årsverk (hele tusen) [9] 1 221  1 154   1 088   1 072
                Fellesføringer
                Systematisk og helhetlig arbeid for å redusere klimagassutslipp, naturfotavtrykk og energibruk
                Helsedirektoratet holder til i moderne bygg som har implementert energieffektive løsninger, som sensorstyrt LED-belysning, god isolasjon, lysstyrte
                """;
        List<ImportWarning> warnings = new ArrayList<>();

        KeyFigureTableReader.Table read = new KeyFigureTableReader(DocumentLines.of(table), 2024, warnings).read();

        assertEquals(List.of("Antall ansatte", "Avtalte årsverk", "Samlet tildeling post 1-99",
                "Utnyttelsesgrad post 1-29", "Sum driftsutgifter", "Lønnsutgifter per årsverk"),
                read.indicators().stream().map(ParsedIndicator::text).toList());
        assertEquals(List.of(
                "1 2024 842 COUNT Helsedirektoratet", "1 2023 676 COUNT Helsedirektoratet",
                "1 2022 699 COUNT Helsedirektoratet", "1 2021 672 COUNT Helsedirektoratet",
                "2 2024 67 FTE POBO", "2 2023 67 FTE POBO", "2 2022 64 FTE POBO", "2 2021 65 FTE POBO",
                "3 2024 9707000000 NOK Helsedirektoratet (ink. HELFO)",
                "3 2023 8882000000 NOK Helsedirektoratet (ink. HELFO)",
                "3 2022 9236000000 NOK Helsedirektoratet (ink. HELFO)",
                "3 2021 13023000000 NOK Helsedirektoratet (ink. HELFO)",
                "4 2024 80 PERCENT Helsedirektoratet (ink. HELFO)", "4 2023 96 PERCENT Helsedirektoratet (ink. HELFO)",
                "4 2022 87 PERCENT Helsedirektoratet (ink. HELFO)", "4 2021 89 PERCENT Helsedirektoratet (ink. HELFO)",
                "5 2024 2045000000 NOK Helsedirektoratet (ink. HELFO)",
                "5 2023 1815000000 NOK Helsedirektoratet (ink. HELFO)",
                "5 2022 2047000000 NOK Helsedirektoratet (ink. HELFO)",
                "5 2021 2002000000 NOK Helsedirektoratet (ink. HELFO)",
                "6 2024 1221000 NOK Helsedirektoratet (ink. HELFO)",
                "6 2023 1154000 NOK Helsedirektoratet (ink. HELFO)",
                "6 2022 1088000 NOK Helsedirektoratet (ink. HELFO)",
                "6 2021 1072000 NOK Helsedirektoratet (ink. HELFO)"),
                read.values().stream().map(v -> v.indicator().number() + " " + v.period().label() + " "
                        + v.value().toPlainString() + " " + v.unit() + " " + v.breakdown()).toList());
        ParsedIndicatorValue allocation = read.values().get(8);
        assertEquals("Tabell 2-4 Nøkkeltall for Helsedirektoratet: Utgifter", allocation.note());
        assertEquals(11, allocation.source().line());
        assertEquals(ValueOrigin.TABLE, allocation.origin());
        assertEquals(null, read.indicators().get(0).goal());
        assertEquals(List.of(), warnings);
    }

    @Test
    void leavesARowWhoseColumnsCannotBeToldApartAndSaysSo() {
        // The caption and header of Tabell 2-4 (lines 1173–1175) over two rows of Tabell 7-1 (lines
        // 9073, 9075) with two columns of their own: "129 888 829 110 333 933" groups as
        // 129 888 829 + 110 333 933 just as well as 129 888 + 829 110 333 933.
        String table = """
                Tabell 2-4 Nøkkeltall for Helsedirektoratet
                Nøkkeltall for Helfo  2024 2023
                Antall besøk på Helfo.no 1 527 123 1 716 815
                Antall besøk på helsenorge.no 129 888 829 110 333 933
                """;
        List<ImportWarning> warnings = new ArrayList<>();

        KeyFigureTableReader.Table read = new KeyFigureTableReader(DocumentLines.of(table), 2024, warnings).read();

        assertEquals(List.of(new BigDecimal("1527123"), new BigDecimal("1716815")),
                read.values().stream().map(ParsedIndicatorValue::value).toList());
        assertEquals(List.of(new ImportWarning(4, "Row of the key-figure table with ambiguous columns not read: "
                + "Antall besøk på helsenorge.no 129 888 829 110 333 933")), warnings);
    }

    @Test
    void saysSoWhenThereIsNoKeyFigureTable() {
        List<ImportWarning> warnings = new ArrayList<>();

        KeyFigureTableReader.Table read = new KeyFigureTableReader(
                DocumentLines.of("Tabell 7-1Nøkkeltall 2024\nNøkkeltall for Helfo  2024 2023\n"), 2024, warnings)
                .read();

        assertEquals(List.of(), read.values());
        assertEquals(1, warnings.size());
    }
}
