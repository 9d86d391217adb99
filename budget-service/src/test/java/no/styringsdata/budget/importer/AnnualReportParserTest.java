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

    /** Lines 6963–7000: the header and the first rows; post texts wrap over lines, a negative difference. */
    private static final String FIRST_ROWS = """
                Utgiftskapittel Kapittelnavn Post Posttekst Note Samlet tildeling Regnskap 2024
                Merutgift (-) og
                mindreutgift

                Postert på avgitte
                belastningsfullmakter

                Avvik fra
                tildeling

                0701 E-helse, helseregistre mv. 21 Spesielle driftsmidler A/B 232 400 000 154 500 965 77 899 035

                0701 E-helse, helseregistre mv. 60

                Tilskudd til
                helseteknologi i
                kommunal helse- og
                omsorgstjeneste A 56 700 000 71 200 000 -14 500 000

                0701 E-helse, helseregistre mv. 73

                Tilskudd til innføring av
                helseteknologi i
                kommunal sektor. A/B 43 225 000 43 225 000 0

                0702 Beredskap 21 Beredskap A/B 20 700 000 14 607 939 6 092 061

                0702 Beredskap 22

                Beredskapslagring
                legemidler og
                smittevernutstyr A/B 80 000 000 34 330 126 45 669 874

                0702 Beredskap 70 Tilskudd, beredskap A/B 4 635 000 4 635 000 0

                0702 Beredskap 72
                Kompensasjon til
                legemiddelgrossister A 74 892 000 74 836 030 55 970
                """;

    /** Lines 7023–7068: a repeated header; chapter names wrap before the post number; a dash for nothing. */
    private static final String WRAPPED_CHAPTERS = """
                  Utgiftskapittel Kapittelnavn Post Posttekst Note Samlet tildeling Regnskap 2024
                Merutgift (-) og

                mindreutgift
                Postert på avgitte
                belastningsfullmakter

                Avvik fra
                tildeling

                0732 Regionale helseforetak 77

                Laboratorie- og
                radiologiske
                undersøkelser A/B 4 499 644 000 4 660 799 012 -161 155 012

                0733
                Habilitering og
                rehabilitering 21 Spesielle driftsmidler A/B 3 832 000 4 765 052 -933 052

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

                0734
                Særskilte tilskudd til
                psykisk helse og rustiltak 70

                Hjemhenting ved alvorlig
                psykisk lidelse mv. A 3 327 000 - 3 327 000

                0734
                Særskilte tilskudd til
                psykisk helse og rustiltak 72 Utviklingsområder A 14 618 000 14 618 000 0
                """;

    /** Lines 7233–7304: rows of belastningsfullmakter, with no samlet tildeling and no difference. */
    private static final String AUTHORISATIONS = """
                 Utgiftskapittel Kapittelnavn Post Posttekst Note Samlet tildeling Regnskap 2024
                Merutgift (-) og

                mindreutgift
                Postert på avgitte
                belastningsfullmakter

                Avvik fra
                tildeling

                0500
                Kommunal- og
                distriktsdepartementet 21

                Kommunal- og
                distriktsdepartementet,
                spesielle driftsutgifter B - 124 516

                0571
                Rammetilskot til
                kommunar 21 Spesielle driftsutgifter B - 86 302

                0575
                Ressurskrevjande
                tenester 60 Toppfinansieringordning B - 13 504 511 000

                0575
                Ressurskrevjande
                tenester 61

                Ressurskrevende
                tjenester -
                Tilleggskompensasjon B - 88 409 000

                0605
                Arbeids- og
                velferdsetaten 22

                Forsknings- og
                utredningsaktiviteter B - 86 253

                0660 Krigspensjon 71 Tilskudd sivile B  -

                0741
                Norsk
                pasientskadeerstatning 01 Driftsutgifter B  1 494 095

                0858

                Barne-, ungdoms- og
                familiedirektoratet og
                fellesfunksjoner i Barne-,
                ungdoms- og familietaten 01 Driftsutgifter B - 199 101

                1540 Digitaliseringsdirektoratet 25

                Medfinansieringsordning
                for
                digitaliseringsprosjekter B - 37 640 451

                2651 Arbeidsavklaringspenger 72 legeerklæringer B  410 764 511

                2661
                Grunn- og hjelpestønad,
                hjelpemidler mv. 77 Ortopediske hjelpemidler B  22 276 282

                1633
                Nettoordning, statlig
                betalt merverdiavgift 01

                Nettoordning for mva i
                staten   - 182 989 458
                """;

    /** Lines 7311–7347: the revenue part, where merinntekt = regnskap − samlet tildeling, and its sum line. */
    private static final String REVENUE = """
                Inntektskapitler

                Inntektskapittel Kapittelnavn Post Posttekst Note Samlet tildeling Regnskap 2024
                Merinntekt og
                mindreinntekt(-)

                Postert på avgitte
                belastningsfullmakter

                Avvik fra
                tildeling

                3714 Folkehelse 04 Gebyrer B 3 013 000 2 868 243 -144 757 400 144 255 388

                3740 Helsedirektoratet 02 Diverse inntekter B 34 244 000 32 819 067 -1 424 933

                3740 Helsedirektoratet 04 Gebyrinntekter B 29 357 000 35 883 140 6 526 140

                3740 Helsedirektoratet 05
                Helsetjenester til
                utenlandsboende mv. B 86 000 000 107 100 625 21 100 625

                5572

                Sektoravgifter under
                Helse- og
                omsorgsdepartementet 75 Sektoravgift tobakk   10 952 000 11 185 910 233 910

                5309 Tilfeldige inntekter 29 Tilfeldige inntekter    -    39 669 185

                5700 Folketrygdens inntekter 72 Arbeidsgiveravgift    -    166 684 371

                5701 Diverse inntekter 86
                Innkreving
                feilutbetalinger     95 376 048

                Sum inntektsført         163 566 000 491 586 589
                """;

    @Test
    void readsRowsWhoseCellsWrapOverLines() {
        ParsedDocument rows = AnnualReportParser.parseRows(report(FIRST_ROWS));

        assertEquals(7, rows.posts().size());
        assertEquals(new ParsedChapter(701, "E-helse, helseregistre mv.", null, rows.chapters().get(0).source()),
                rows.chapters().get(0));
        ParsedPost municipal = rows.posts().get(1);
        assertEquals("Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste", municipal.name());
        assertEquals(18, municipal.source().line(), "line 6980, where the figures stand");
        assertEquals(56_700_000, amount(rows, 701, 60, Stage.TILDELING));
        assertEquals(71_200_000, amount(rows, 701, 60, Stage.REGNSKAP));
        assertEquals(232_400_000, amount(rows, 701, 21, Stage.TILDELING));
        assertEquals(154_500_965, amount(rows, 701, 21, Stage.REGNSKAP));
        assertEquals("Beredskapslagring legemidler og smittevernutstyr", rows.posts().get(4).name());
        assertEquals(7, rows.checks().size());
        assertTrue(rows.checks().stream().allMatch(SelfCheck::passed));
        assertEquals("56 700 000, 71 200 000, -14 500 000", rows.checks().get(1).detail());
        assertTrue(rows.amounts().stream().allMatch(a -> a.year() == 2024));
    }

    @Test
    void readsChapterNamesThatWrapBeforeThePostNumber() {
        ParsedDocument rows = AnnualReportParser.parseRows(report(WRAPPED_CHAPTERS));

        assertEquals(List.of(732, 733, 734), rows.chapters().stream().map(ParsedChapter::number).toList());
        assertEquals("Særskilte tilskudd til psykisk helse og rustiltak", rows.chapters().get(2).name());
        assertEquals("Særskilte tilskudd til psykisk helse og rustiltak - drift", post(rows, 734, 1).name());
        assertEquals(107_642_000, amount(rows, 734, 1, Stage.TILDELING));
        assertEquals(2_485_564, amount(rows, 734, 1, Stage.REGNSKAP));
        assertEquals(0, amount(rows, 734, 70, Stage.REGNSKAP), "a dash: nothing spent");
        assertEquals(4_499_644_000L, amount(rows, 732, 77, Stage.TILDELING));
        assertEquals(7, rows.posts().size());
        assertTrue(rows.warnings().isEmpty());
    }

    @Test
    void readsRowsOfBelastningsfullmakterWithoutTildeling() {
        ParsedDocument rows = AnnualReportParser.parseRows(report(AUTHORISATIONS));

        assertEquals(12, rows.posts().size());
        assertTrue(rows.amounts().stream().allMatch(a -> a.stage() == Stage.REGNSKAP));
        assertTrue(rows.checks().isEmpty(), "no difference column to check");
        assertEquals(13_504_511_000L, amount(rows, 575, 60, Stage.REGNSKAP));
        assertEquals("Ressurskrevende tjenester - Tilleggskompensasjon", post(rows, 575, 61).name());
        assertEquals(0, amount(rows, 660, 71, Stage.REGNSKAP));
        assertEquals(1_494_095, amount(rows, 741, 1, Stage.REGNSKAP));
        assertEquals(182_989_458, amount(rows, 1633, 1, Stage.REGNSKAP));
        assertEquals("Barne-, ungdoms- og familiedirektoratet og fellesfunksjoner i Barne-, ungdoms- og familietaten",
                rows.chapters().stream().filter(c -> c.number() == 858).findFirst().orElseThrow().name());
    }

    @Test
    void checksRevenueRowsAndTheirSumLine() {
        ParsedDocument rows = AnnualReportParser.parseRows(report(REVENUE));

        assertEquals(8, rows.posts().size());
        assertEquals(3_013_000, amount(rows, 3714, 4, Stage.TILDELING), "the columns after the difference are left");
        assertEquals(2_868_243, amount(rows, 3714, 4, Stage.REGNSKAP));
        assertEquals(107_100_625, amount(rows, 3740, 5, Stage.REGNSKAP));
        assertEquals(10_952_000, amount(rows, 5572, 75, Stage.TILDELING), "a row with an empty note cell");
        assertEquals(95_376_048, amount(rows, 5701, 86, Stage.REGNSKAP));
        SelfCheck sum = rows.checks().get(rows.checks().size() - 1);
        assertEquals(37, sum.line());
        assertTrue(sum.passed(), sum.detail());
        assertTrue(sum.detail().startsWith("rows give 163 566 000 and 491 586 589"), sum.detail());
        assertEquals(6, rows.checks().stream().filter(SelfCheck::passed).count());
    }

    @Test
    void readsTheWholeStatement() throws IOException {
        ParsedDocument report = new AnnualReportParser().parse(TestDocuments.read(seed(REPORT)));

        assertEquals(DocumentKind.ANNUAL_REPORT, report.kind());
        assertEquals(2024, report.year());
        assertEquals("Årsrapport 2024 Helsedirektoratet", report.title());
        assertEquals(96, report.posts().size(), "88 expenditure and 8 revenue rows");
        assertEquals(88, report.posts().stream().filter(p -> p.chapter() < 3000).count());
        assertEquals(39, report.chapters().size());
        assertEquals(81, report.amounts().stream().filter(a -> a.stage() == Stage.TILDELING).count());
        assertEquals(96, report.amounts().stream().filter(a -> a.stage() == Stage.REGNSKAP).count());
        assertEquals(1_546_737_000, amount(report, 740, 1, Stage.TILDELING));
        assertEquals(1_457_575_965, amount(report, 740, 1, Stage.REGNSKAP));
        assertEquals(14_560_000_000L, amount(report, 2751, 70, Stage.TILDELING));
        assertEquals(14_398_868_690L, amount(report, 2751, 70, Stage.REGNSKAP));
        assertEquals(469_953_000, amount(report, 765, 62, Stage.TILDELING));
        assertEquals(0, amount(report, 765, 62, Stage.REGNSKAP));
        assertEquals(86_000_000, amount(report, 3740, 5, Stage.TILDELING));
        assertEquals("helsedirektoratet", report.identity().agency().id(), "every amount of the report is its agency's");
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
    }

    @Test
    void checksEveryRowAndBothSumLinesToWithinRounding() throws IOException {
        List<SelfCheck> checks = new AnnualReportParser().parse(TestDocuments.read(seed(REPORT))).checks();

        assertEquals(81 + 2, checks.size());
        assertTrue(checks.stream().allMatch(SelfCheck::passed));
        SelfCheck fees = checks.stream().filter(c -> c.subject().startsWith("0714.22")).findFirst().orElseThrow();
        assertEquals("15 527 000, 15 256 822, 270 179; off by -1 kr, within the rounding to whole kroner",
                fees.detail(), "the document's own figures differ by one krone");
        SelfCheck expenditure = checks.stream().filter(c -> c.subject().startsWith("Sum utgiftsført")).findFirst()
                .orElseThrow();
        assertEquals(7305, expenditure.line());
        assertTrue(expenditure.detail().startsWith("rows give 59 617 136 000 and 71 708 657 301; the line says "
                + "59 617 136 000 and 71 708 657 295 (differences 0 and -6 kr"), expenditure.detail());
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
