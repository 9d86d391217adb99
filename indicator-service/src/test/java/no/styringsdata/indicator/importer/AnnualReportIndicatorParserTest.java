package no.styringsdata.indicator.importer;

import static no.styringsdata.indicator.importer.AllocationLetterIndicatorParserTest.seed;
import static org.junit.jupiter.api.Assertions.assertAll;
import static no.styringsdata.indicator.importer.ParsedIndicators.ofGoal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.styringsdata.indicator.domain.Period;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.ImportWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualReportIndicatorParserTest {

    /**
     * Seeds/001_74ce41b747f7677e.txt: the page footer of line 8238, which names the report, then
     * lines 1340–1346, the results chapter and its first goal.
     */
    private static final String OPENING = """
            Årsrapport 2024 17
            3. Årets resultater og aktiviteter
            Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt
            Status og utvikling på målområdet
            """;
    private static final ImportWarning NO_TABLE =
            new ImportWarning(0, "No key-figure table (Tabell N-N Nøkkeltall for …) found");

    @Test
    void readsFiguresTiedToAYearInTheResultText() {
        // Lines 1372–1387, with the blank lines between them.
        String results = """
                Styringsindikatorer

                Nøkkeltall 1: Andel kommuner som har drøftet identifiserte folkehelseutfordringer inn i arbeidet med kommunal planstrategi
                Andelen kommuner som svarer positivt på at de har drøftet identifiserte utfordringer i arbeidet med kommunal planstrategi, har økt gjennom de tre årene

                vi har spurt: 75 prosent i 2022, 69 prosent i 2023 og 83 prosent i 2024.

                Mange kommuner (243) oppgir at det er mål og strategier i kommuneplanens samfunnsdel som svarer på identifiserte utfordringer på folkehelseområdet.

                Blant planverk som oftest adresserer folkehelseutfordringer, kan nevnes planer innen helse/sosial (171 kommuner), plan for oppvekst (169 kommuner) og

                økonomi/handlingsplan (130 kommuner).

                Nøkkeltall 2: Andelen med seksuelle overførte sykdommer
                """;

        ParsedIndicatorDocument report = parse(OPENING + results);

        assertEquals(IndicatorDocumentKind.ANNUAL_REPORT, report.kind());
        assertEquals(2024, report.year());
        assertEquals("Årsrapport 2024", report.title());
        assertEquals(List.of("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt"),
                report.goals().stream().map(ParsedGoal::title).toList());
        ParsedIndicator keyFigure = report.indicators().get(0);
        assertEquals(new IndicatorRef(1, IndicatorKind.KEY_FIGURE, 1), keyFigure.ref());
        assertEquals("Andel kommuner som har drøftet identifiserte folkehelseutfordringer inn i arbeidet med kommunal "
                + "planstrategi", keyFigure.text());
        assertEquals(2024, keyFigure.year());
        List<ParsedIndicatorValue> values = valuesOf(report, keyFigure.ref());
        assertEquals(List.of(Period.year(2022), Period.year(2023), Period.year(2024)),
                values.stream().map(ParsedIndicatorValue::period).toList());
        assertEquals(List.of(new BigDecimal("75"), new BigDecimal("69"), new BigDecimal("83")),
                values.stream().map(ParsedIndicatorValue::value).toList());
        assertTrue(values.stream().allMatch(v -> v.unit() == ValueUnit.PERCENT && v.origin() == ValueOrigin.SENTENCE));
        assertEquals(10, values.get(2).source().line());
        assertTrue(values.get(2).note().endsWith("vi har spurt: 75 prosent i 2022, 69 prosent i 2023 og 83 prosent i "
                + "2024."), values.get(2).note());
        // Nøkkeltall 2 has no text in this cut, nor is Tabell 2-4 in it: said, not hidden.
        assertEquals(List.of(
                new ImportWarning(18, "No result under \"Nøkkeltall 2: Andelen med seksuelle overførte sykdommer\""),
                NO_TABLE), report.warnings());
    }

    @Test
    void readsLabelledLinesWithTheGroupTheyAreUnder() {
        // Lines 5487–5491 and 5523–5572 (blank lines dropped): the Helfo goal's steering parameters.
        String helfo = """
                Helseaktører og innbyggere får rett ytelse til rett tid
                Status og utvikling på målområdet
                Styringsindikatorer
                Styringsparameter 1: Andel skriftlige svar via chat (%)
                Løsningsgrad i Chatbot: 97,6% (prestasjonsmål 90%)
                Styringsparameter 2: Andel telefonsamtaler besvart (%) innen prestasjonsmålet
                for det enkelte år (min)
                Innbyggere
                Andel telefonsamtaler Veiledning Helsenorge besvart innen frist (4 min): 50,2%
                (prestasjonsmål 60,0%)
                Helseaktører
                Andel telefonsamtaler besvart innen frist (2 min): 62% (prestasjonsmål 60%)
                Styringsparameter 4: Antall alvorlige virkemidler (tilbakekreving over 200 000 kr,
                vedtak om tap av rette og anmeldelse) benyttet i løpet av året.
                Antall tilbakekrevinger over 200 000 kroner: 42
                Antall vedtak om tap av retten: 31
                Antall anmeldelser: 5
                Til sammen: 78 (prestasjonsmål 80)
                Styringsparameter 5: Andel etterkontrollsaker hvor det er benyttet alvorlige
                virkemidler (%).
                93,9% (prestasjonsmål 80%)
                Sentrale aktiviteter i direktoratet
                """;

        ParsedIndicatorDocument report = parse(OPENING + helfo);

        IndicatorRef telephone = new IndicatorRef(2, IndicatorKind.STEERING_PARAMETER, 2);
        assertEquals("Andel telefonsamtaler besvart (%) innen prestasjonsmålet for det enkelte år (min)",
                indicator(report, telephone).text());
        List<ParsedIndicatorValue> answered = valuesOf(report, telephone);
        assertEquals(List.of(
                "Innbyggere: Andel telefonsamtaler Veiledning Helsenorge besvart innen frist (4 min)",
                "Helseaktører: Andel telefonsamtaler besvart innen frist (2 min)"),
                answered.stream().map(ParsedIndicatorValue::breakdown).toList());
        assertEquals(List.of(new BigDecimal("50.2"), new BigDecimal("62")),
                answered.stream().map(ParsedIndicatorValue::value).toList());
        assertEquals("Andel telefonsamtaler Veiledning Helsenorge besvart innen frist (4 min): 50,2% "
                + "(prestasjonsmål 60,0%)", answered.get(0).note());
        assertEquals(ValueOrigin.LABELLED_LINE, answered.get(0).origin());
        assertEquals(Period.year(2024), answered.get(0).period());

        List<ParsedIndicatorValue> measures =
                valuesOf(report, new IndicatorRef(2, IndicatorKind.STEERING_PARAMETER, 4));
        assertEquals(List.of(42, 31, 5, 78), measures.stream().map(v -> v.value().intValueExact()).toList());
        assertTrue(measures.stream().allMatch(v -> v.unit() == ValueUnit.COUNT));
        assertEquals("Til sammen", measures.get(3).breakdown());

        ParsedIndicatorValue followUp =
                valuesOf(report, new IndicatorRef(2, IndicatorKind.STEERING_PARAMETER, 5)).get(0);
        assertEquals(new BigDecimal("93.9"), followUp.value());
        assertEquals(ValueUnit.PERCENT, followUp.unit());
        assertNull(followUp.breakdown());
        assertEquals(List.of(new ImportWarning(17, "Styringsparameter 4 under goal 2 follows Styringsparameter 2: "
                + "a heading may be missing from the text"), NO_TABLE), report.warnings());
    }

    @Test
    void readsAHeadingWrappedInsideANumberAndAmountsInMillionKroner() {
        // Lines 5644–5665 and 5705–5719 (blank lines dropped).
        String keyFigures = """
                Nøkkeltall 1: Antall helseaktører som er gjenstand for alvorlig virkemiddelbruk,
                antall spesifisert for det enkelte virkemiddel (vedtak om tilbakekreving over 200
                000 kr, tap av rett og anmeldelse)
                Antall helseaktører med ett eller flere alvorlige virkemidler: 64
                (Det vises til styringsparameter antall alvorlige virkemidler for spesifisering for det enkelte
                virkemiddel)
                Nøkkeltall 2: Antall helseaktører som er gjenstand for etterkontroll
                Til sammen 113 helseaktører er i et aktivt kontrollforløp (planleggingsfase i Helfo og
                klagesaksfasen er ikke inkludert)
                Nøkkeltall 3: Antall helseaktører som har fått varsel om tilbakebetaling
                Antall tilbakekrevinger: 42
                Nøkkeltall 4: Tilbakekrevd beløp
                Tilbakekrevd beløp i 2024: 209,1 mill. kroner
                (herunder 200,4 mill. kroner i etterkontroll og 8,7 mill. kroner gjennom løpende behandling av
                oppgjør)
                Refusjonskrav på 1,2 mrd. kroner er avvist eller avkortet gjennom automatisert kontroll i
                regelmotor for KUHR (kontroll og utbetaling av helserefusjoner) og eResept Oppgjør.
                Sentrale aktiviteter i direktoratet
                """;

        ParsedIndicatorDocument report = parse(OPENING + keyFigures);

        assertEquals("Antall helseaktører som er gjenstand for alvorlig virkemiddelbruk, antall spesifisert for det "
                + "enkelte virkemiddel (vedtak om tilbakekreving over 200 000 kr, tap av rett og anmeldelse)",
                report.indicators().get(0).text());
        assertEquals(new BigDecimal("64"), valuesOf(report, report.indicators().get(0).ref()).get(0).value());
        ParsedIndicatorValue recovered = valuesOf(report, new IndicatorRef(1, IndicatorKind.KEY_FIGURE, 4)).get(0);
        assertEquals(new BigDecimal("209100000"), recovered.value());
        assertEquals(ValueUnit.NOK, recovered.unit());
        assertEquals(17, recovered.source().line());
        // Only prose for Nøkkeltall 2: the text is the result, without a number.
        ParsedIndicatorValue underControl = valuesOf(report, new IndicatorRef(1, IndicatorKind.KEY_FIGURE, 2)).get(0);
        assertEquals(ValueOrigin.PROSE_ONLY, underControl.origin());
        assertNull(underControl.value());
        assertNull(underControl.unit());
        assertEquals("Til sammen 113 helseaktører er i et aktivt kontrollforløp (planleggingsfase i Helfo og "
                + "klagesaksfasen er ikke inkludert)", underControl.note());
        assertEquals(Period.year(2024), underControl.period());
    }

    @Test
    void leavesApproximationsUnreadAndReadsQuarters() {
        // Lines 4822–4849 (blank lines dropped); the report repeats two sentences.
        String results = """
                Nøkkeltall 5: Andel personell i heltidsstillinger i helse- og omsorgstjenestene (inkl. tannhelsetjenesten)
                I 2023 under var andelen med avtalt heltid nær 60 prosent blant sysselsatte med helse- og sosialfaglig utdanning i helse- og omsorgstjenestene. Kilde SSB
                tabell 12544.
                I den fylkeskommunale tannhelsetjenesten var andelen avtalt heltid blant sysselsatte personell med helse- og sosialfaglig utdanning noe over 80 prosent.
                Kilde K2025.
                I 2023 under var andelen med avtalt heltid 59,5 prosent blant sysselsatte med helse- og sosialfaglig utdanning i helse- og omsorgstjenestene Kilde SSB
                tabell 12544.
                Nøkkeltall 6: Ubesatte helsepersonellstillinger i helsetjenestene (kommune- og spesialisthelsetjeneste – enkelte eller flere
                profesjoner)
                I tredje kvartal 2024 var det 21 400 ledige stillinger i helse- og omsorgstjenestene (helsenæringene). Kilde SSB, tabell 08771
                I tredje kvartal 2024 var det 21 400 ledige stillinger i helse- og omsorgstjenestene (helsenæringene). Kilde SSB, tabell 08771
                Sentrale aktiviteter i direktoratet
                """;

        ParsedIndicatorDocument report = parse(OPENING + results);

        List<ParsedIndicatorValue> fullTime = valuesOf(report, new IndicatorRef(1, IndicatorKind.KEY_FIGURE, 5));
        assertEquals(1, fullTime.size());
        assertEquals(new BigDecimal("59.5"), fullTime.get(0).value());
        assertEquals(Period.year(2023), fullTime.get(0).period());
        List<ParsedIndicatorValue> vacancies = valuesOf(report, new IndicatorRef(1, IndicatorKind.KEY_FIGURE, 6));
        assertEquals(1, vacancies.size());
        assertEquals(Period.quarter(2024, 3), vacancies.get(0).period());
        assertEquals(new BigDecimal("21400"), vacancies.get(0).value());
        assertEquals(ValueUnit.COUNT, vacancies.get(0).unit());
    }

    @Test
    void reportsATableInsideAResultInsteadOfGuessingWhoseItIs() {
        // Lines 3156–3187 (blank lines dropped): the heading of Nøkkeltall 1 is missing from the text,
        // so Tabell 3-1 appears under Styringsparameter 2.
        String results = """
                Styringsparameter 2: Andel retningslinjer som er faglig gjennomgått (revidert) i tråd med revisjonsplan
                Helsedirektoratet følger et årshjul for å vurdere behov for revidering av normerende produkter. Alle normerende produkter eldre enn fire år vurderes. I 2024
                er det iverksatt revisjon av til sammen 35 produkter, av disse er 20 re-publisert, og de resterende 15 vil blir re-publisert i 2025. Dette er 11 % av totalt antall
                publiserte produkter (325) pr. 31.12.2024. Noen produkter er også avpublisert.
                Tabell 3-1Antall sidevisninger
                Retningslinjer 6 782 986
                Faglige råd      1 197 511
                Totalt              14 242 882
                Normen-dokumenter og e-helsestandarder fra tidligere Direktoratet for e-helse, er ikke inkludert i tallgrunnlaget. Antall sidevisninger er et mål for bruk, men
                gir ikke et fullstendig bilde. Helsedirektoratet henter ikke ut sidevisninger der innholdet er innarbeidet i andre kanaler enn Helsedirektoratets.
                Nøkkeltall 2: Andel kommuner som har tatt i bruk velferdsteknologi
                Andelen kommuner som har tatt i bruk velferdsteknologi er stadig økende. Trygghetsalarmer er veletablert og i bruk i om lag 99 % av kommunene. For
                """;

        ParsedIndicatorDocument report = parse(OPENING + results);

        List<ParsedIndicatorValue> revised = valuesOf(report, new IndicatorRef(1, IndicatorKind.STEERING_PARAMETER, 2));
        assertEquals(List.of(new BigDecimal("35")), revised.stream().map(ParsedIndicatorValue::value).toList());
        assertEquals(ValueUnit.COUNT, revised.get(0).unit());
        assertEquals(List.of(
                "Styringsparameter 2 under goal 1 follows no Styringsparameter: a heading may be missing from the text",
                "Table inside the result of \"Styringsparameter 2: Andel retningslinjer som er faglig gjennomgått "
                        + "(revidert) i tråd med revisjonsplan\" not read as its values: "
                        + "Tabell 3-1Antall sidevisninger",
                "Nøkkeltall 2 under goal 1 follows no Nøkkeltall: a heading may be missing from the text",
                NO_TABLE.message()),
                report.warnings().stream().map(ImportWarning::message).toList());
        // "om lag 99 %" is an approximation and has no year: prose.
        assertEquals(ValueOrigin.PROSE_ONLY,
                valuesOf(report, new IndicatorRef(1, IndicatorKind.KEY_FIGURE, 2)).get(0).origin());
    }

    @Test
    void rejectsWhatIsNotAnAnnualReportWithResults() {
        AnnualReportIndicatorParser parser = new AnnualReportIndicatorParser();
        assertAll(
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse("")),
                () -> assertThrows(DocumentFormatException.class,
                        () -> parser.parse("\u0000\u0001ÿØÿà JFIF garbage")),
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse(seed("000_8d4a857d2773e53a.txt"))),
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse(seed("003_82c1b6682bf832eb.txt"))),
                // A report whose goal headings were lost: the results cannot be placed.
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse(
                        "Årsrapport 2024 17\nNøkkeltall 1: Andel av listeinnbyggere uten lege\n")));
    }

    @Test
    void readsThe14GoalsOfTheAnnualReportFor2024() throws IOException {
        ParsedIndicatorDocument report = parse(seed("001_74ce41b747f7677e.txt"));

        assertEquals(2024, report.year());
        assertEquals(List.of(
                "Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt",
                "Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn",
                "Mindre sosial ulikhet i helse og i bruken av helse- og omsorgstjenester",
                "Pasienter og brukere mottar helse- og omsorgstjenester av god kvalitet i hele landet",
                "Pasienter, brukere og pårørende opplever sammenhengende helse- og omsorgstjenester på tvers av "
                        + "fagområder og forvaltningsnivå",
                "Helse- og omsorgstjenesten tar raskt i bruk virksomme og ressurseffektive verktøy og arbeidsmetoder",
                "Pasienter, brukere og pårørende medvirker og blir involvert av helsepersonell i eget forløp og i "
                        + "utviklingen av tjenestene",
                "Helse- og omsorgstjenesten planlegger helhetlig og langsiktig for en bærekraftig utvikling",
                "Den nasjonale helseberedskapen er robust, samordnet og effektiv ved kriser og katastrofer",
                "Digitalisering er en integrert del av utviklingen av helse- og omsorgstjenesten og bidrar til bedre "
                        + "kvalitet og ressurseffektivitet",
                "Helse- og omsorgstjenesten har tilstrekkelig og kompetent personell",
                "Finansieringsordningene understøtter samhandling og ønsket faglig utvikling, og bidrar til "
                        + "likeverdige og effektive helse- og omsorgstjenester av god kvalitet",
                "Tilgang på relevant og oppdatert styringsinformasjon og analyser bidrar til kunnskapsbaserte "
                        + "helsetjenester og riktigere ressursbruk",
                "Helseaktører og innbyggere får rett ytelse til rett tid"),
                report.goals().stream().map(ParsedGoal::title).toList());
        assertEquals(List.of(1342, 1517, 2112, 2196, 2780, 3082, 3409, 3654, 3879, 4073, 4528, 5084, 5233, 5487),
                report.goals().stream().map(g -> g.source().line()).toList());
    }

    @Test
    void readsEveryResultHeadingOfTheAnnualReport() throws IOException {
        ParsedIndicatorDocument report = parse(seed("001_74ce41b747f7677e.txt"));

        // Counted by hand: "Styringsparameter N:" and "Nøkkeltall N:" headings per goal.
        Map<Integer, List<Integer>> steeringAndKeyFigures = Map.ofEntries(
                Map.entry(1, List.of(0, 6)), Map.entry(2, List.of(0, 6)), Map.entry(3, List.of(0, 2)),
                Map.entry(4, List.of(0, 3)), Map.entry(5, List.of(1, 0)), Map.entry(6, List.of(2, 3)),
                Map.entry(7, List.of(2, 3)), Map.entry(8, List.of(0, 2)), Map.entry(9, List.of(0, 0)),
                Map.entry(10, List.of(1, 5)), Map.entry(11, List.of(2, 6)), Map.entry(12, List.of(1, 3)),
                Map.entry(13, List.of(1, 1)), Map.entry(14, List.of(7, 6)));
        for (int goal = 1; goal <= 14; goal++) {
            assertEquals(steeringAndKeyFigures.get(goal), List.of(
                    ofGoal(report, goal, IndicatorKind.STEERING_PARAMETER).size(),
                    ofGoal(report, goal, IndicatorKind.KEY_FIGURE).size()), "goal " + goal);
        }
        assertEquals(17 + 46 + 8, report.indicators().size());
        assertText(report, new IndicatorRef(2, IndicatorKind.KEY_FIGURE, 2), 1568,
                "Utvikling i norsk kosthold, «mer av»-gruppene");
        assertText(report, new IndicatorRef(4, IndicatorKind.KEY_FIGURE, 1), 2290,
                "Varighet på relasjon mellom fastlege og listeinnbygger");
        assertText(report, new IndicatorRef(10, IndicatorKind.STEERING_PARAMETER, 1), 4123,
                "Gjennomførte og pågående vurderinger av gevinster av nasjonale ehelseløsninger/digitale "
                        + "samhandlingstjenester");
        assertText(report, new IndicatorRef(11, IndicatorKind.STEERING_PARAMETER, 1), 4666,
                "Andel saker innen autorisasjons- og godkjenningsområdet som er behandlet innenfor angitt "
                        + "saksbehandlingstid fordelt på søknader innenfor EØS, utenfor EØS og manuelt behandlet "
                        + "søknader for norskutdannede");
        assertText(report, new IndicatorRef(14, IndicatorKind.KEY_FIGURE, 6), 5705, "Tilbakekrevd beløp");
        // The same key figure in the letter for 2025 (line 369) and in the report on 2024 share their key.
        assertEquals("andel av befolkningen som har kjennskap og tillit til nasjonale kostråd og nøkkelhullet",
                indicator(report, new IndicatorRef(2, IndicatorKind.KEY_FIGURE, 1)).textKey());
        // Every result has a value or its prose.
        assertTrue(report.indicators().stream().filter(i -> i.goal() != null)
                .allMatch(i -> !valuesOf(report, i.ref()).isEmpty()));
        assertEquals(List.of(
                new ImportWarning(3166, "Table inside the result of \"Styringsparameter 2: Andel retningslinjer som er "
                        + "faglig gjennomgått (revidert) i tråd med revisjonsplan\" not read as its values: "
                        + "Tabell 3-1Antall sidevisninger"),
                new ImportWarning(3187, "Nøkkeltall 2 under goal 6 follows no Nøkkeltall: a heading may be missing "
                        + "from the text")),
                report.warnings());
    }

    /** Tabell 2-4 (lines 1183–1223): a row's text, breakdown and unit, and its values in 2024, 2023, 2022, 2021. */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Antall ansatte | Helsedirektoratet | COUNT | 842 | 676 | 699 | 672
            Avtalte årsverk | Helsedirektoratet | FTE | 820 | 653 | 676 | 620
            Utførte årsverk | Helsedirektoratet | FTE | 748 | 590 | 598 | 556
            Antall ansatte | POBO | COUNT | 69 | 68 | 65 | 70
            Avtalte årsverk | POBO | FTE | 67 | 67 | 64 | 65
            Utførte årsverk | POBO | FTE | 56 | 56 | 55 | 56
            Antall ansatte | Totalt | COUNT | 911 | 744 | 764 | 742
            Avtalte årsverk | Totalt | FTE | 887 | 720 | 741 | 685
            Utførte årsverk | Totalt | FTE | 804 | 645 | 653 | 612
            Samlet tildeling post 1-99 | Helsedirektoratet (ink. HELFO) | NOK | 9707000000 | 8882000000 | 9236000000 | 13023000000
            Utnyttelsesgrad post 1-29 | Helsedirektoratet (ink. HELFO) | PERCENT | 80 | 96 | 87 | 89
            Sum driftsutgifter | Helsedirektoratet (ink. HELFO) | NOK | 2045000000 | 1815000000 | 2047000000 | 2002000000
            Lønnsandel av driftsutgifter | Helsedirektoratet (ink. HELFO) | PERCENT | 48 | 41 | 35 | 36
            Lønnsutgifter per årsverk | Helsedirektoratet (ink. HELFO) | NOK | 1221000 | 1154000 | 1088000 | 1072000
            """)
    void readsARowOfTabell24For2021To2024(String text, String breakdown, ValueUnit unit, long in2024, long in2023,
            long in2022, long in2021) throws IOException {
        assertEquals(List.of(in2024, in2023, in2022, in2021), series(annualReport(), text, breakdown, unit));
    }

    @Test
    void readsTabell24WithEveryValueFor2021To2024() throws IOException {
        assertEquals(56, annualReport().values().stream().filter(v -> v.origin() == ValueOrigin.TABLE).count());
    }

    /** The annual report, parsed once for the figures below. */
    private static ParsedIndicatorDocument annualReport;

    private static synchronized ParsedIndicatorDocument annualReport() throws IOException {
        if (annualReport == null) {
            annualReport = parse(seed("001_74ce41b747f7677e.txt"));
        }
        return annualReport;
    }

    /** A result's figure: its period (quarter 0: the whole year), value and unit, and the line that states it. */
    @ParameterizedTest(name = "goal {0} {1} {2}: {5} ({3} q{4}) on line {7}")
    @CsvSource(textBlock = """
            1, KEY_FIGURE, 1, 2024, 0, 83, PERCENT, 1377, '83 prosent i 2024'
            1, KEY_FIGURE, 2, 2023, 0, 28159, COUNT, 1398, 'I 2023 ble det meldt 28 159 tilfeller'
            2, KEY_FIGURE, 1, 2024, 0, 66, PERCENT, 1550, 'men den gikk ned til 66'
            4, KEY_FIGURE, 1, 2023, 0, 4.9, YEARS, 2291, 'median varighet på fastlege-listeinnbygger-relasjonen på 4,9 år'
            4, KEY_FIGURE, 2, 2024, 4, 2.9, PERCENT, 2311, 'I 4. kvartal 2024 var det 2,9 prosent'
            6, KEY_FIGURE, 3, 2021, 0, 27.4, PERCENT, 3210, 'til en topp i 2021 (27,4 %)'
            6, KEY_FIGURE, 4, 2023, 0, 133731, COUNT, 3219, 'I 2023 hadde 133 731 brukere'
            10, KEY_FIGURE, 4, 2024, 0, 59, PERCENT, 4206, 'I 2024 har 59 % av innbyggerne'
            11, STEERING_PARAMETER, 1, 2024, 0, 89.9, PERCENT, 4671, 'Totalt 89,9% av sakene på'
            11, KEY_FIGURE, 1, 2023, 0, 77.1, PERCENT, 4718, 'var i 2023 77,1 prosent'
            11, KEY_FIGURE, 3, 2024, 0, 27.18, PERCENT, 4772, 'utdannet i utlandet 27,18 %'
            11, KEY_FIGURE, 4, 2023, 0, 1493, COUNT, 4782, '1849 godkjenninger i 2024 mot 1493 i 2023'
            12, KEY_FIGURE, 3, 2024, 0, 34, PERCENT, 5141, 'til 34 prosent'
            14, STEERING_PARAMETER, 1, 2024, 0, 97.6, PERCENT, 5527, 'Løsningsgrad i Chatbot: 97,6%'
            14, STEERING_PARAMETER, 5, 2024, 0, 93.9, PERCENT, 5571, '93,9% (prestasjonsmål 80%)'
            14, KEY_FIGURE, 4, 2024, 0, 163595, COUNT, 5673, '(for å påvirke etterlevelse): 163 595'
            14, KEY_FIGURE, 6, 2024, 0, 209100000, NOK, 5707, 'Tilbakekrevd beløp i 2024: 209,1 mill. kroner'
            """)
    void readsAFigureAResultStatesWithTheLineItIsOn(int goal, IndicatorKind kind, int number, int year, int quarter,
            String value, ValueUnit unit, int line, String asWritten) throws IOException {
        Period period = quarter == 0 ? Period.year(year) : Period.quarter(year, quarter);

        assertFigure(annualReport(), goal, kind, number, period, value, unit, line, asWritten);
    }

    @Test
    void keepsTheRegionASentenceIsAboutAsTheBreakdown() throws IOException {
        ParsedIndicatorDocument report = annualReport();

        // The region a sentence is about is kept as the breakdown (lines 4239–4243).
        List<String> regions = valuesOf(report, new IndicatorRef(10, IndicatorKind.KEY_FIGURE, 5)).stream()
                .filter(v -> v.period().equals(Period.year(2023)) && v.breakdown() != null)
                .map(v -> v.breakdown() + " " + v.value()).toList();
        assertEquals(List.of("Helse Nord 14.3", "Helse Midt-Norge 13.1", "Helse Sør-Øst 10.7", "Helse Vest 9.8"),
                regions);
    }

    private static void assertFigure(ParsedIndicatorDocument report, int goal, IndicatorKind kind, int number,
            Period period, String value, ValueUnit unit, int line, String asWritten) {
        IndicatorRef ref = new IndicatorRef(goal, kind, number);
        ParsedIndicatorValue figure = valuesOf(report, ref).stream()
                .filter(v -> v.period().equals(period) && v.value() != null
                        && v.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError(
                        "no " + value + " for " + period.label() + " of " + ref + " in " + valuesOf(report, ref)));
        assertEquals(unit, figure.unit(), ref + " " + value);
        assertEquals(line, figure.source().line(), ref + " " + value);
        assertTrue(figure.source().text().contains(asWritten), figure.source().text());
    }

    private static void assertText(ParsedIndicatorDocument report, IndicatorRef ref, int line, String text) {
        ParsedIndicator indicator = indicator(report, ref);
        assertEquals(text, indicator.text());
        assertEquals(line, indicator.source().line());
    }

    private static List<Long> series(ParsedIndicatorDocument report, String text, String breakdown, ValueUnit unit) {
        ParsedIndicator indicator = report.indicators().stream()
                .filter(i -> i.goal() == null && i.text().equals(text)).findFirst().orElseThrow();
        List<ParsedIndicatorValue> values = valuesOf(report, indicator.ref()).stream()
                .filter(v -> breakdown.equals(v.breakdown())).toList();
        assertTrue(values.stream().allMatch(v -> v.unit() == unit), text + " in " + unit);
        assertEquals(List.of(2024, 2023, 2022, 2021), values.stream().map(v -> v.period().year()).toList());
        return values.stream().map(v -> v.value().longValueExact()).toList();
    }

    private static ParsedIndicator indicator(ParsedIndicatorDocument report, IndicatorRef ref) {
        return report.indicators().stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }

    private static List<ParsedIndicatorValue> valuesOf(ParsedIndicatorDocument report, IndicatorRef ref) {
        return report.values().stream().filter(v -> v.indicator().equals(ref)).toList();
    }

    private static ParsedIndicatorDocument parse(String text) {
        return new AnnualReportIndicatorParser().parse(text);
    }
}
