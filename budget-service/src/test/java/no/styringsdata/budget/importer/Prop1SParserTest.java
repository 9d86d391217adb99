package no.styringsdata.budget.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fixtures cut from Prop. 1 S (2025–2026) for Helse- og omsorgsdepartementet
 * (seeds/003_82c1b6682bf832eb.txt); its no-break spaces are written as plain spaces here, which the
 * parser reads just as well.
 */
class Prop1SParserTest {

    private final Prop1SParser parser = new Prop1SParser();

    /** The three columns of the tables of Prop. 1 S (2025–2026): accounts 2024, budget 2025, proposal 2026. */
    private static final String COLUMNS = """
            Regnskap

            2024
            Saldert

            budsjett 2025
            Forslag

            2026
            """;

    /** The head over every post table, the empty line after it included. */
    private static final String POST_TABLE_HEAD = "(i 1 000 kr)\n\nPost Betegnelse\n" + COLUMNS + "\n";

    /** Lines 5803–5817. */
    private static final String KAP_700 = POST_TABLE_HEAD + """
            01 Driftsutgifter 304 141 323 186 333 959
            Sum kap. 700 304 141 323 186 333 959
            """;

    /** Lines 5862–5907: a heading of one chapter over the table of another, then the next table. */
    private static final String KAP_3700_AND_701 = "Kap. 701 Digitalisering i helse- og omsorgstjenesten\n\n" + POST_TABLE_HEAD + """
            03 Refusjon av ODA-godkjente utgifter fra Utenriks-
            departementet 200 000 208 200 215 695
            Sum kap. 3700 200 000 208 200 215 695

            """ + POST_TABLE_HEAD + """
            21 Spesielle driftsutgifter, kan overføres,
            kan nyttes under post 70 379 703 322 597 254 978

            60 Tilskudd til helseteknologi i kommunal helse- og
            omsorgstjeneste 71 200 71 211 72 568

            70 Norsk Helsenett SF 72 244 73 447 74 806
            73 Tilskudd til digitalisering i kommunal helse- og

            omsorgstjeneste, kan overføres 43 225 44 544 45 370
            74 Rammefinansiering av fellestjenester levert av

            Norsk helsenett 123 900
            Sum kap. 701 566 372 511 799 571 622
            """;

    /** Lines 10290–10325. */
    private static final String KAP_732 = POST_TABLE_HEAD + """
            21 Spesielle driftsutgifter, kan overføres 67 362 20 161 20 806
            70 Særskilte tilskudd, kan overføres,

            kan nyttes under postene 72, 73, 74 og 75 4 009 629 2 669 897 2 137 459
            71 Resultatbasert finansiering 646 145 671 631 693 123
            72 Basisbevilgning Helse Sør-Øst RHF 78 014 868 88 215 193 94 780 348
            73 Basisbevilgning Helse Vest RHF 27 539 909 31 097 884 33 303 002
            74 Basisbevilgning Helse Midt-Norge RHF 20 442 124 22 965 665 24 581 328
            75 Basisbevilgning Helse Nord RHF 17 651 877 19 508 851 20 772 493
            76 Innsatsstyrt finansiering, overslagsbevilgning 39 118 664 32 080 562 33 523 840
            77 Laboratorie- og radiologiske undersøkelser,

            overslagsbevilgning 4 660 799 4 462 863 4 767 295
            78 Forskning og nasjonale kompetansetjenester 1 492 468 1 551 334 1 352 477
            80 Kompensasjon for merverdiavgift,

            overslagsbevilgning 10 162 285 10 630 589 11 230 115
            81 Protonsenter, kan overføres 212 563
            82 Investeringslån, kan overføres 9 711 108 6 420 200 6 992 500
            83 Byggelånsrenter , overslagsbevilgning 1 773 889 1 874 000 651 000
            86 Driftskreditter 1 813 000 6 468 000 2 318 000

            Sum kap. 732 217 316 690 228 636 830 237 123 786
            """;

    /** Lines 15028–15049. */
    private static final String KAP_740 = POST_TABLE_HEAD + """
            01 Driftsutgifter 1 523 373 1 591 294 1 556 792
            21 Spesielle driftsutgifter, kan overføres 131 752 125 037 115 338
            61 Oppgjørsordning covid-19-vaksinering -7 495
            70 Oppgjørsordning helsetjenester i annet EØS-land -52
            71 Oppgjørsordning h-reseptlegemidler 2 388
            72 Oppgjørsordning fritt behandlingsvalg 6 822
            73 Oppgjørsordning Statens pensjonskasse 14

            Sum kap. 740 1 656 802 1 716 331 1 672 130
            """;

    /** Lines 9965–9981. */
    private static final String KAP_5631 = POST_TABLE_HEAD + """
            85 Statens overskuddsandel 151 819 79 500
            86 Utbytte 2 2

            Sum kap. 5631 151 819 79 502 2
            """;

    /** Lines 18791–18814: programkategori 10.60 by chapter; 760 is new, 761 and 762 closed. */
    private static final String CATEGORY_10_60 = "(i 1 000 kr)\n\nKap. Betegnelse\n" + COLUMNS + """
            Endring

            i pst.

            760 Kommunale helse- og
            omsorgstjenester 7 061 934 7 040 345 -0,3

            761 Omsorgstjeneste 5 419 957 0,0
            762 Primærhelsetjeneste 1 769 069 0,0
            765 Psykisk helse, rus og vold 2 595 321 2 680 593 2 780 373 3,7

            Sum kategori 10.60 9 784 347 9 742 527 9 820 718 0,8
            """;

    /** Lines 24436–24465: the last accounts of a closed chapter, one column only. */
    private static final String KAP_761 = POST_TABLE_HEAD + """
            21 Spesielle driftsutgifter, kan nyttes under post 79 142 196
            60 Kommunale kompetansetiltak, kan overføres 10 410
            61 Vertskommuner 807 853
            63 Investeringstilskudd til heldøgns omsorgsplasser,

            kan overføres, kan nyttes under post 69 1 815 292
            64 Kompensasjon for renter og avdrag 972 920
            67 Utviklingstiltak 90 131
            68 Kompetanse og innovasjon 444 634
            69 Investeringstilskudd – netto tilvekst, kan overføres 791 785
            71 Frivillig arbeid mv. 29 784
            72 Landsbystiftelsen 96 365
            73 Særlige omsorgsbehov 46 687
            75 Andre kompetansetiltak 15 586
            79 Andre tilskudd, kan nyttes under post 21 156 314

            Sum kap. 761 5 419 957
            """;

    private ParsedDocument parse(String text) {
        return parser.parse(TestDocuments.fixture(DocumentKind.PROP1S, 2026, text));
    }

    private static Map<Stage, Long> amounts(ParsedDocument document, int chapter, int post) {
        return document.amounts().stream().filter(a -> a.chapter() == chapter && a.post() == post)
                .collect(Collectors.toMap(ParsedAmount::stage, ParsedAmount::amountNok));
    }

    private static ParsedPost post(ParsedDocument document, int chapter, int post) {
        return document.posts().stream().filter(p -> p.chapter() == chapter && p.post() == post).findFirst()
                .orElseThrow();
    }

    private static SelfCheck check(ParsedDocument document, String subject) {
        return document.checks().stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void readsARowWhoseSpacesSeparateBothThousandsAndColumns() {
        ParsedDocument document = parse(KAP_700);

        assertEquals(Map.of(Stage.REGNSKAP, 304_141_000L, Stage.SALDERT, 323_186_000L, Stage.FORSLAG, 333_959_000L),
                amounts(document, 700, 1));
        SelfCheck check = check(document, "Sum kap. 700");
        assertTrue(check.passed());
        assertEquals(15, check.line());
        assertTrue(check.detail().contains("forslag 2026: expected 333 959, actual 333 959"), check.detail());
    }

    @Test
    void givesEachAmountItsYearStageAndSourceRow() {
        ParsedDocument document = parse(KAP_700);

        ParsedAmount forslag = document.amounts().stream().filter(a -> a.stage() == Stage.FORSLAG).findFirst()
                .orElseThrow();
        assertEquals(2026, forslag.year());
        assertEquals(14, forslag.source().line());
        assertEquals("01 Driftsutgifter 304 141 323 186 333 959", forslag.source().text());
        assertEquals(List.of(2024, 2025, 2026), document.amounts().stream().map(ParsedAmount::year).toList());
        assertEquals(DocumentKind.PROP1S, document.kind());
        assertEquals(2026, document.year());
        assertNull(document.date());
    }

    @Test
    void takesTheChapterFromTheSumLineNotTheHeadingAbove() {
        ParsedDocument document = parse(KAP_3700_AND_701);

        assertEquals(List.of(3700, 701, 701, 701, 701, 701),
                document.posts().stream().map(ParsedPost::chapter).toList());
        assertEquals("Refusjon av ODA-godkjente utgifter fra Utenriksdepartementet", post(document, 3700, 3).name());
    }

    @Test
    void joinsNamesWrappedOverSeveralLines() {
        ParsedDocument document = parse(KAP_3700_AND_701);

        assertEquals("Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste", post(document, 701, 60).name());
        ParsedPost post73 = post(document, 701, 73);
        assertEquals("Tilskudd til digitalisering i kommunal helse- og omsorgstjeneste", post73.name());
        assertTrue(post73.stikkord().transferable());
        assertEquals(Map.of(Stage.REGNSKAP, 43_225_000L, Stage.SALDERT, 44_544_000L, Stage.FORSLAG, 45_370_000L),
                amounts(document, 701, 73));
    }

    @Test
    void readsThePostNumbersOfAStikkordBeforeTheAmounts() {
        ParsedDocument document = parse(KAP_3700_AND_701);

        ParsedPost post21 = post(document, 701, 21);
        assertEquals("Spesielle driftsutgifter", post21.name());
        assertEquals(new Stikkord(true, false, List.of(70)), post21.stikkord());
        assertEquals(Map.of(Stage.REGNSKAP, 379_703_000L, Stage.SALDERT, 322_597_000L, Stage.FORSLAG, 254_978_000L),
                amounts(document, 701, 21));
    }

    @Test
    void placesTheAmountOfANewPostInTheColumnTheSumLineNeeds() {
        ParsedDocument document = parse(KAP_3700_AND_701);

        assertEquals("Rammefinansiering av fellestjenester levert av Norsk helsenett", post(document, 701, 74).name());
        assertEquals(Map.of(Stage.FORSLAG, 123_900_000L), amounts(document, 701, 74));
        assertTrue(check(document, "Sum kap. 701").passed());
        assertTrue(check(document, "Sum kap. 3700").passed());
        assertTrue(document.warnings().stream().noneMatch(w -> w.message().startsWith("Sum kap.")),
                document.warnings().toString());
    }

    @Test
    void readsTheTableOfTheRegionalHealthAuthorities() {
        ParsedDocument document = parse(KAP_732);

        assertTrue(check(document, "Sum kap. 732").passed());
        assertEquals(15, document.posts().size());
        ParsedPost post70 = post(document, 732, 70);
        assertEquals("Særskilte tilskudd", post70.name());
        assertEquals(new Stikkord(true, false, List.of(72, 73, 74, 75)), post70.stikkord());
        assertEquals(Map.of(Stage.REGNSKAP, 4_009_629_000L, Stage.SALDERT, 2_669_897_000L,
                Stage.FORSLAG, 2_137_459_000L), amounts(document, 732, 70));
        assertEquals(94_780_348_000L, amounts(document, 732, 72).get(Stage.FORSLAG));
        assertEquals(Map.of(Stage.REGNSKAP, 212_563_000L), amounts(document, 732, 81));
        assertEquals(651_000_000L, amounts(document, 732, 83).get(Stage.FORSLAG));
        assertEquals("Byggelånsrenter", post(document, 732, 83).name());
        assertTrue(post(document, 732, 83).stikkord().estimateAppropriation());
    }

    @Test
    void readsNegativeAmountsAndSingleAmountsOfSettledPosts() {
        ParsedDocument document = parse(KAP_740);

        assertTrue(check(document, "Sum kap. 740").passed());
        assertEquals(Map.of(Stage.REGNSKAP, -7_495_000L), amounts(document, 740, 61));
        assertEquals(Map.of(Stage.REGNSKAP, -52_000L), amounts(document, 740, 70));
        assertEquals(Map.of(Stage.REGNSKAP, 14_000L), amounts(document, 740, 73));
        assertEquals("Oppgjørsordning covid-19-vaksinering", post(document, 740, 61).name());
        assertEquals(1_556_792_000L, amounts(document, 740, 1).get(Stage.FORSLAG));
    }

    @Test
    void skipsPageHeadsThatFallInsideATable() {
        // kap. 740 (lines 15028–15049) with the page head of lines 7816–7817 put between two rows
        String withPageHead = KAP_740.replace("61 Oppgjørsordning", "2025–2026 Prop. 1 S 89\n"
                + "Helse- og omsorgsdepartementet\n61 Oppgjørsordning");

        ParsedDocument document = parse(withPageHead);

        assertTrue(check(document, "Sum kap. 740").passed());
        assertEquals(Map.of(Stage.REGNSKAP, 131_752_000L, Stage.SALDERT, 125_037_000L, Stage.FORSLAG, 115_338_000L),
                amounts(document, 740, 21));
        assertEquals("Spesielle driftsutgifter", post(document, 740, 21).name());
        assertEquals("Prop. 1 S (2025–2026) Helse- og omsorgsdepartementet", document.title());
    }

    @Test
    void warnsAboutARowThatRunsOverManyLines() {
        // kap. 5631 (lines 9965–9981) with the prose of lines 9962–9963 and 9982 read into post 85
        String withProse = KAP_5631.replace("85 Statens overskuddsandel 151 819 79 500", """
                85 Statens overskuddsandel
                Vinmonopolet solgte 92,1 mill. liter i 2024, en
                nedgang på 3,7 pst. sammenlignet med 2023. Det
                ble solgt 74 mill. liter svakvin i 2024 mot 77 mill.
                151 819 79 500""".strip());

        ParsedDocument document = parse(withProse);

        assertTrue(check(document, "Sum kap. 5631").passed());
        assertTrue(document.warnings().stream().anyMatch(w -> w.line() == 14 && w.message().contains("spans 5 lines")),
                document.warnings().toString());
    }

    @Test
    void readsAmountsOfASingleDigit() {
        ParsedDocument document = parse(KAP_5631);

        assertTrue(check(document, "Sum kap. 5631").passed());
        assertEquals(Map.of(Stage.SALDERT, 2_000L, Stage.FORSLAG, 2_000L), amounts(document, 5631, 86));
        assertEquals("Utbytte", post(document, 5631, 86).name());
        assertEquals(Map.of(Stage.REGNSKAP, 151_819_000L, Stage.SALDERT, 79_500_000L), amounts(document, 5631, 85));
    }

    @Test
    void placesAClosedChapterInTheColumnsItsCategoryTableGives() {
        ParsedDocument document = parse(CATEGORY_10_60 + KAP_761);

        assertTrue(check(document, "Sum kategori 10.60").passed());
        assertTrue(check(document, "Sum kap. 761").passed());
        assertEquals(Map.of(Stage.REGNSKAP, 142_196_000L), amounts(document, 761, 21));
        assertTrue(document.amounts().stream().allMatch(a -> a.stage() == Stage.REGNSKAP && a.year() == 2024));
        assertEquals(List.of(), document.warnings());
        ParsedChapter chapter761 = document.chapters().stream().filter(c -> c.number() == 761).findFirst().orElseThrow();
        assertEquals(new ParsedChapter(761, "Omsorgstjeneste", "10.60",
                new SourceLine(20, "761 Omsorgstjeneste 5 419 957 0,0")), chapter761);
        assertEquals("Kommunale helse- og omsorgstjenester", document.chapters().get(0).name());
    }

    @Test
    void warnsWhereOnlyPlausibilityTellsTheColumns() {
        ParsedDocument document = parse(KAP_761);

        assertTrue(check(document, "Sum kap. 761").passed());
        assertTrue(document.warnings().stream().anyMatch(w -> w.line() == 30
                        && w.message().startsWith("Sum kap. 761: another reading")),
                document.warnings().toString());
    }

    @Test
    void reportsATableWhoseRowsDoNotAddUp() {
        // Lines 29425–29441 (kap. 780) with post 50's 413 114 changed to 413 115.
        ParsedDocument document = parse(POST_TABLE_HEAD + """
                50 Norges forskningsråd mv. 413 115
                70 Norges forskningsråd, kan overføres 428 812 446 722

                Sum kap. 780 413 114 428 812 446 722
                """);

        SelfCheck check = check(document, "Sum kap. 780");
        assertFalse(check.passed());
        assertEquals(17, check.line());
        assertTrue(check.detail().contains("no reading of the rows adds up"), check.detail());
        assertTrue(document.warnings().stream().anyMatch(w -> w.line() == 17 && w.message().contains("do not add up")));
        assertEquals(2, document.posts().size());
    }

    @Test
    void rejectsEmptyText() {
        assertThrows(DocumentFormatException.class, () -> parse(""));
        assertThrows(DocumentFormatException.class, () -> parse(null));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(DocumentFormatException.class, () -> parse("%PDF-1.7 \u0000\u0001 ÿØÿà 12 34 56\nSum 1 2 3\n"));
    }

    @Test
    void rejectsATableHeaderWithoutRowsOrSum() {
        assertThrows(DocumentFormatException.class, () -> parse("(i 1 000 kr)\n\nPost Betegnelse\nRegnskap\n2024\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_8d4a857d2773e53a.txt", "001_74ce41b747f7677e.txt", "004_cc102a77bccaaff9.txt"})
    void rejectsOtherKindsOfDocument(String seed) throws IOException {
        String text = seed(seed);

        DocumentFormatException error = assertThrows(DocumentFormatException.class,
                () -> parser.parse(TestDocuments.forcedProp1S(text)));
        assertTrue(error.getMessage().contains("No chapter table"), error.getMessage());
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = Prop1SParserTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
