package no.styringsdata.indicator.importer;
import no.styringsdata.reader.text.WrappedLines;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.styringsdata.reader.text.DocumentFormatException;
import org.junit.jupiter.api.Test;

class AllocationLetterIndicatorParserTest {

    /** Lines 3–4 and 170 of seeds/000_8d4a857d2773e53a.txt: the opening sentence and the goal chapter's heading. */
    private static final String OPENING = """
            I dette tildelingsbrevet meddeles Stortingets budsjettvedtak og Helse- og
            omsorgsdepartementets styringssignaler for Helsedirektoratet for 2025. Prop. 1 S (2024–
             3.  Hovedmål, styringsparametere, nøkkeltall og oppdrag
            """;

    /** Lines 255–293, goal 3.1, with the blank line the extraction puts between lines. */
    private static final String GOAL_1 = """
             3.1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt

            I rapportering og vurdering av måloppnåelse skal Helsedirektoratet redegjøre for hvordan

            direktoratet gjennom sine virkemidler og aktiviteter bidrar til måloppnåelse. I vurderingen

            skal det blant annet sees hen til følgende styringsparametere og nøkkeltall:

            3.1.1. Styringsparametere

            • Helsedirektoratet skal bidra til systematisk folkehelsearbeid lokalt, regionalt og

            nasjonalt

            • Folkehelsearbeidet skal være etterrettelig, etterprøvbart og dokumentert

            3.1.2. Nøkkeltall

            • Andel kommuner som har etablert et systematisk folkehelsearbeid i henhold til

            folkehelseloven, herunder:

            o Antall kommuner som har et oversiktsdokument for gjeldende

            kommunestyreperiode

            o Antall kommuner som i arbeidet med kommunal planstrategi har drøftet

            identifiserte folkehelseutfordringer

            o Antall kommuner som har gjennomgått og vurdert sitt arbeid med

            folkehelse i 4- årsperioden

            3.1.3. Oppdrag

            TB2025-1 Avd. HOD: FHA Sykdomsbyrde og forebyggingspotensial
            """;

    @Test
    void readsGoalWithSteeringParametersAndKeyFigureWithSubBullets() {
        ParsedIndicatorDocument letter = parse(OPENING + GOAL_1);

        assertEquals(IndicatorDocumentKind.ALLOCATION_LETTER, letter.kind());
        assertEquals(2025, letter.year());
        assertEquals("Tildelingsbrev 2025 for Helsedirektoratet", letter.title());
        assertEquals(List.of(new ParsedGoal(1, "Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt",
                letter.goals().get(0).source())), letter.goals());
        assertEquals(4, letter.goals().get(0).source().line());
        List<ParsedIndicator> indicators = letter.indicators();
        assertEquals(3, indicators.size());
        assertEquals("Helsedirektoratet skal bidra til systematisk folkehelsearbeid lokalt, regionalt og nasjonalt",
                indicators.get(0).text());
        assertEquals(new IndicatorRef(1, IndicatorKind.STEERING_PARAMETER, 2), indicators.get(1).ref());
        ParsedIndicator keyFigure = indicators.get(2);
        assertEquals(new IndicatorRef(1, IndicatorKind.KEY_FIGURE, 1), keyFigure.ref());
        assertEquals("Andel kommuner som har etablert et systematisk folkehelsearbeid i henhold til folkehelseloven, "
                + "herunder:", keyFigure.text());
        assertEquals(List.of(
                "Antall kommuner som har et oversiktsdokument for gjeldende kommunestyreperiode",
                "Antall kommuner som i arbeidet med kommunal planstrategi har drøftet identifiserte "
                        + "folkehelseutfordringer",
                "Antall kommuner som har gjennomgått og vurdert sitt arbeid med folkehelse i 4- årsperioden"),
                keyFigure.subItems());
        assertEquals("andel kommuner som har etablert et systematisk folkehelsearbeid i henhold til folkehelseloven "
                + "herunder", keyFigure.textKey());
        assertEquals(2025, keyFigure.year());
        assertEquals(22, keyFigure.source().line());
        assertTrue(letter.values().isEmpty());
    }

    @Test
    void readsLetteredSubItemsAndWrappedGoalTitle() {
        // Lines 742–775: goal 3.3, its title wrapped, its first key figure with a. to d.
        String goal3 = """
                 3.1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt
                 3.2. Befolkningen har gode levevaner og god livskvalitet i trygge
                og helsefremmende lokalsamfunn
                 3.3. Mindre sosial ulikhet i helse og i bruken av helse- og
                omsorgstjenester
                I rapportering og vurdering av måloppnåelse skal Helsedirektoratet redegjøre for hvordan
                3.3.1. Styringsparametere
                • Helsedirektoratet skal tilrettelegge for å ta i bruk anbefalte virkemidler for å
                redusere sosial ulikhet i helse
                • Helsedirektoratet skal bidra til økt helsekompetanse i befolkningen
                3.3.2. Nøkkeltall
                • Utviklingen i sosial ulikhet i helse:
                a. Minoritetsbefolkning
                b. Trangboddhet
                c. Lavinntektsfamilier
                d. Utdanningsnivå
                • Helsekompetansen i befolkningen
                3.3.3. Oppdrag
                """;

        ParsedIndicatorDocument letter = parse(OPENING + goal3);

        assertEquals("Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn",
                letter.goals().get(1).title());
        assertEquals("Mindre sosial ulikhet i helse og i bruken av helse- og omsorgstjenester",
                letter.goals().get(2).title());
        List<ParsedIndicator> keyFigures = ofGoal(letter, 3, IndicatorKind.KEY_FIGURE);
        assertEquals(List.of("Utviklingen i sosial ulikhet i helse:", "Helsekompetansen i befolkningen"),
                keyFigures.stream().map(ParsedIndicator::text).toList());
        assertEquals(List.of("Minoritetsbefolkning", "Trangboddhet", "Lavinntektsfamilier", "Utdanningsnivå"),
                keyFigures.get(0).subItems());
        assertEquals(2, ofGoal(letter, 3, IndicatorKind.STEERING_PARAMETER).size());
    }

    @Test
    void knowsSubsectionsByTitleNotByNumber() {
        // The headings of goals 3.1–3.6, then lines 1898–1933, 1949 and 2195–2206: goal 3.7 has Oppdrag
        // as 3.7.2, with bullets that are not indicators; goal 3.8 has only Oppdrag, as 3.8.1.
        String goals7And8 = """
                 3.1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt
                 3.2. Befolkningen har gode levevaner og god livskvalitet i trygge
                 3.3. Mindre sosial ulikhet i helse og i bruken av helse- og
                 3.4. Pasienter og brukere mottar helse- og omsorgstjenester av
                 3.5. Pasienter, brukere og pårørende opplever sammenhengende
                 3.6. Pasienter, brukere og pårørende medvirker og blir involvert av
                3.7. Helse- og omsorgstjenesten er innovativ og jobber
                systematisk for en bærekraftig utvikling
                skal det blant annet sees hen til følgende styringsparametere:
                3.7.1. Styringsparametere
                • Helsedirektoratet skal bidra til at helse- og omsorgstjenesten planlegger helhetlig
                og langsiktig
                • Helsedirektoratet skal ivareta det tverrsektorielle og tverrfaglige perspektivet i
                arbeidet med innovasjon
                3.7.2. Oppdrag
                TB2025-43 Avd. HOD SHA Ventetidsløftet
                • Følge opp Rapport om kvalitetssikring: bruk av KI i helse- og omsorgstjenesten.
                3.8. Den nasjonale helseberedskapen er motstandsdyktig,
                samordnet og effektiv ved kriser og krig
                3.8.1. Oppdrag
                TB2025-54 Avd. HOD: ADA Forebyggende sikkerhet for økt motstandsdyktighet
                """;

        ParsedIndicatorDocument letter = parse(OPENING + goals7And8);

        assertEquals(8, letter.goals().size());
        assertEquals(List.of(
                "Helsedirektoratet skal bidra til at helse- og omsorgstjenesten planlegger helhetlig og langsiktig",
                "Helsedirektoratet skal ivareta det tverrsektorielle og tverrfaglige perspektivet i arbeidet med "
                        + "innovasjon"),
                letter.indicators().stream().map(ParsedIndicator::text).toList());
        assertTrue(ofGoal(letter, 8, IndicatorKind.KEY_FIGURE).isEmpty());
    }

    @Test
    void endsTheLastListAtTheNextChapterAndSkipsPageFooters() {
        // Lines 3059–3090: the last key figures run into chapter 4; the footer "Side 37" is from line 2411.
        String lastGoal = """
                 3.1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt
                3.1.2. Nøkkeltall
                • Antall helseaktører som er gjenstand for alvorlig virkemiddelbruk, antall
                spesifisert for det enkelte virkemiddel (vedtak om tilbakekreving over 200 000 kr,
                Side 37
                tap av rett og anmeldelse)
                • Tilbakekrevd beløp
                • Automatiseringsgrad for de ulike tjenesteområdene
                 4. Budsjettildeling
                4.1. Utgifter
                (alle tall i 1 000 kroner)
                Kap./post Benevnelse Tildeling
                """;

        ParsedIndicatorDocument letter = parse(OPENING + lastGoal);

        assertEquals(List.of(
                "Antall helseaktører som er gjenstand for alvorlig virkemiddelbruk, antall spesifisert for det "
                        + "enkelte virkemiddel (vedtak om tilbakekreving over 200 000 kr, tap av rett og anmeldelse)",
                "Tilbakekrevd beløp",
                "Automatiseringsgrad for de ulike tjenesteområdene"),
                letter.indicators().stream().map(ParsedIndicator::text).toList());
    }

    @Test
    void checksTheGoalsAgainstTheListInTheChaptersIntroduction() {
        // Lines 188–198: the introduction lists three goals, but only section 3.1 follows.
        String list = """
                Helsedirektoratet skal innrette sin virksomhet med sikte på å nå følgende hovedmål:
                1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt
                2. Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende
                lokalsamfunn
                3. Mindre sosial ulikhet i helse og i bruken av helse- og omsorgstjenester
                Departementet vil vurdere Helsedirektoratets resultater i lys av utviklingen i samfunnet for
                """;

        ParsedIndicatorDocument letter = parse(OPENING + list + GOAL_1);

        assertEquals(1, letter.warnings().size());
        assertTrue(letter.warnings().get(0).message().contains("lists 3 goals, the chapter has 1"),
                letter.warnings().get(0).message());
    }

    @Test
    void rejectsWhatIsNotAnAllocationLetterWithGoals() {
        AllocationLetterIndicatorParser parser = new AllocationLetterIndicatorParser();
        assertAll(
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse("")),
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse("  \n\n ")),
                () -> assertThrows(DocumentFormatException.class,
                        () -> parser.parse("%PDF-1.7 ÿØÿà \u0000\u0001 garbage")),
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse(seed("001_74ce41b747f7677e.txt"))),
                () -> assertThrows(DocumentFormatException.class,
                        () -> parser.parse(seed("004_cc102a77bccaaff9.txt"))));
    }

    @Test
    void readsThe13GoalsOfTheLetterFor2025() throws IOException {
        ParsedIndicatorDocument letter = parse(seed("000_8d4a857d2773e53a.txt"));

        assertEquals(2025, letter.year());
        assertEquals(List.of(
                "Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt",
                "Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn",
                "Mindre sosial ulikhet i helse og i bruken av helse- og omsorgstjenester",
                "Pasienter og brukere mottar helse- og omsorgstjenester av god kvalitet i hele landet",
                "Pasienter, brukere og pårørende opplever sammenhengende helse- og omsorgstjenester på tvers av "
                        + "fagområder og forvaltningsnivå",
                "Pasienter, brukere og pårørende medvirker og blir involvert av helsepersonell i eget forløp og i "
                        + "utviklingen av tjenestene",
                "Helse- og omsorgstjenesten er innovativ og jobber systematisk for en bærekraftig utvikling",
                "Den nasjonale helseberedskapen er motstandsdyktig, samordnet og effektiv ved kriser og krig",
                "Helse- og omsorgstjenesten har tilstrekkelig og kompetent personell",
                "Digitalisering er en integrert del av utviklingen av helse- og omsorgstjenesten og bidrar til bedre "
                        + "kvalitet og ressurseffektivitet",
                "Finansieringsordningene understøtter samhandling og ønsket faglig utvikling, samt bidrar til "
                        + "likeverdige og effektive helse- og omsorgstjenester av god kvalitet",
                "Tilgang på relevant og oppdatert styringsinformasjon og analyser bidrar til kunnskapsbaserte "
                        + "helsetjenester og riktigere ressursbruk",
                "Helseaktører og innbyggere får rett ytelse til rett tid"),
                letter.goals().stream().map(ParsedGoal::title).toList());
        assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(),
                letter.goals().stream().map(ParsedGoal::number).toList());
        assertEquals(List.of(255, 334, 742, 838, 1644, 1816, 1900, 2197, 2236, 2415, 2872, 2953, 3035),
                letter.goals().stream().map(g -> g.source().line()).toList());
        // The goal list in the chapter's introduction (lines 190–221) agrees with the sections.
        assertEquals(List.of(), letter.warnings());
    }

    @Test
    void readsEverySteeringParameterAndKeyFigureOfTheLetterFor2025() throws IOException {
        ParsedIndicatorDocument letter = parse(seed("000_8d4a857d2773e53a.txt"));

        // Counted by hand in sections 3.1.1–3.13.2 of the letter.
        Map<Integer, List<Integer>> steeringAndKeyFigures = Map.ofEntries(
                Map.entry(1, List.of(2, 1)), Map.entry(2, List.of(2, 8)), Map.entry(3, List.of(2, 2)),
                Map.entry(4, List.of(4, 8)), Map.entry(5, List.of(3, 11)), Map.entry(6, List.of(2, 3)),
                Map.entry(7, List.of(4, 0)), Map.entry(8, List.of(0, 0)), Map.entry(9, List.of(3, 9)),
                Map.entry(10, List.of(3, 6)), Map.entry(11, List.of(2, 4)), Map.entry(12, List.of(2, 2)),
                Map.entry(13, List.of(4, 10)));
        for (int goal = 1; goal <= 13; goal++) {
            assertEquals(steeringAndKeyFigures.get(goal), List.of(
                    ofGoal(letter, goal, IndicatorKind.STEERING_PARAMETER).size(),
                    ofGoal(letter, goal, IndicatorKind.KEY_FIGURE).size()), "goal " + goal);
        }
        assertEquals(33 + 64, letter.indicators().size());

        assertText(letter, 1, IndicatorKind.STEERING_PARAMETER, 2, 271,
                "Folkehelsearbeidet skal være etterrettelig, etterprøvbart og dokumentert");
        assertText(letter, 2, IndicatorKind.KEY_FIGURE, 5, 367, "Utvikling i norsk kosthold, «mer av»-gruppene");
        assertText(letter, 2, IndicatorKind.KEY_FIGURE, 8, 375,
                "Antall ammekyndige helsestasjoner og Mor-barn vennlig føde- og barselavdelinger");
        assertText(letter, 3, IndicatorKind.STEERING_PARAMETER, 2, 757,
                "Helsedirektoratet skal bidra til økt helsekompetanse i befolkningen");
        assertText(letter, 4, IndicatorKind.KEY_FIGURE, 6, 881, "Andel pasientskader i sykehus (GTT-kartlegging).");
        assertText(letter, 5, IndicatorKind.STEERING_PARAMETER, 2, 1660,
                "Helsedirektoratet skal støtte kommunene i planlegging og utvikling av et sammenhengende "
                        + "tjenestetilbud på tvers av sektorene i kommunene");
        assertText(letter, 5, IndicatorKind.KEY_FIGURE, 10, 1696,
                "Antall liggedøgn i spesialisthelsetjenesten etter ferdigbehandling fordelt på hhv. psykisk helse og "
                        + "somatikk (Norge og etter bosted)");
        assertText(letter, 6, IndicatorKind.KEY_FIGURE, 2, 1843,
                "Kvalitetsindikator: pasienterfaringer med fastlege og fastlegekontor");
        assertText(letter, 7, IndicatorKind.STEERING_PARAMETER, 4, 1923,
                "Helsedirektoratet skal ivareta det tverrsektorielle og tverrfaglige perspektivet i arbeidet med "
                        + "innovasjon");
        assertText(letter, 9, IndicatorKind.STEERING_PARAMETER, 3, 2256,
                "I hvilken grad tilskuddsordningene innen personellfeltet som Helsedirektoratet forvalter, har effekt "
                        + "og gir det helse- og omsorgstjenesten trenger");
        assertText(letter, 9, IndicatorKind.KEY_FIGURE, 9, 2292, "Utvikling i sykefravær i kommuner og helseforetak");
        // "e-" at the end of line 2432 is joined as a hyphenated word, as WrappedLines.join joins it.
        assertText(letter, 10, IndicatorKind.STEERING_PARAMETER, 2, 2432,
                "Helsedirektoratet skal gjennomføre vurderinger av gevinster av nasjonale e-helseløsninger/ digitale "
                        + "samhandlingstjenester");
        assertText(letter, 10, IndicatorKind.KEY_FIGURE, 2, 2448,
                "Andel innbyggere som har vært i digital kontakt med helsetjenesten");
        assertText(letter, 11, IndicatorKind.KEY_FIGURE, 4, 2901,
                "Andel av kommuner som benytter seg av tilskudd for å bedre kvaliteten i helse- og omsorgstjenestene");
        assertText(letter, 12, IndicatorKind.KEY_FIGURE, 1, 2976,
                "Endring i positive tilbakemeldinger fra brukerne basert på tilbakemeldinger gitt på "
                        + "helsedirektoratet.no.");
        assertText(letter, 13, IndicatorKind.STEERING_PARAMETER, 1, 3047,
                "Helfo og Helsedirektoratets innsats for å bidra til god etterlevelse av refusjonsregelverket");
        assertText(letter, 13, IndicatorKind.KEY_FIGURE, 10, 3085,
                "Automatiseringsgrad for de ulike tjenesteområdene");
        assertEquals("utvikling i norsk kosthold mer av gruppene",
                ofGoal(letter, 2, IndicatorKind.KEY_FIGURE).get(4).textKey());
        assertTrue(letter.indicators().stream().allMatch(i -> i.year() == 2025));
    }

    private static void assertText(ParsedIndicatorDocument letter, int goal, IndicatorKind kind, int number, int line,
            String text) {
        ParsedIndicator indicator = ofGoal(letter, goal, kind).get(number - 1);
        assertEquals(new IndicatorRef(goal, kind, number), indicator.ref());
        assertEquals(text, indicator.text(), "goal " + goal + " " + kind + " " + number);
        assertEquals(line, indicator.source().line(), "line of goal " + goal + " " + kind + " " + number);
    }

    private static List<ParsedIndicator> ofGoal(ParsedIndicatorDocument letter, int goal, IndicatorKind kind) {
        return letter.indicators().stream()
                .filter(i -> i.goal() != null && i.goal() == goal && i.kind() == kind)
                .toList();
    }

    private static ParsedIndicatorDocument parse(String text) {
        return new AllocationLetterIndicatorParser().parse(text);
    }

    static String seed(String name) throws IOException {
        try (InputStream in = AllocationLetterIndicatorParserTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
