package no.styringsdata.reader.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/** The numbered layout of the 2025 letter: fixtures cut from it, and the whole letter. */
class GoalReaderTest {

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
        GoalReading letter = read(OPENING + GOAL_1);

        GoalStructure goal = letter.goals().get(0);
        assertEquals(1, letter.goals().size());
        assertEquals("3.1", goal.number());
        assertEquals("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt", goal.title());
        assertEquals(GoalLayout.NUMBERED_SECTIONS, goal.layout());
        assertNull(goal.area());
        assertEquals(4, goal.line());
        assertEquals(List.of("Helsedirektoratet skal bidra til systematisk folkehelsearbeid lokalt, regionalt og nasjonalt",
                "Folkehelsearbeidet skal være etterrettelig, etterprøvbart og dokumentert"), texts(goal.steeringParameters()));
        assertEquals(1, goal.keyFigures().size());
        GoalItem keyFigure = goal.keyFigures().get(0);
        assertEquals("Andel kommuner som har etablert et systematisk folkehelsearbeid i henhold til folkehelseloven, "
                + "herunder:", keyFigure.text());
        assertEquals(List.of(
                "Antall kommuner som har et oversiktsdokument for gjeldende kommunestyreperiode",
                "Antall kommuner som i arbeidet med kommunal planstrategi har drøftet identifiserte "
                        + "folkehelseutfordringer",
                "Antall kommuner som har gjennomgått og vurdert sitt arbeid med folkehelse i 4- årsperioden"),
                keyFigure.subItems());
        assertNull(keyFigure.label());
        assertEquals(22, keyFigure.line());
        assertTrue(goal.resultRequirements().isEmpty() && goal.longTermGoals().isEmpty());
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

        GoalReading letter = read(OPENING + goal3);

        assertEquals("Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn",
                letter.goals().get(1).title());
        assertEquals("Mindre sosial ulikhet i helse og i bruken av helse- og omsorgstjenester",
                letter.goals().get(2).title());
        List<GoalItem> keyFigures = letter.goals().get(2).keyFigures();
        assertEquals(List.of("Utviklingen i sosial ulikhet i helse:", "Helsekompetansen i befolkningen"), texts(keyFigures));
        assertEquals(List.of("Minoritetsbefolkning", "Trangboddhet", "Lavinntektsfamilier", "Utdanningsnivå"),
                keyFigures.get(0).subItems());
        assertEquals(2, letter.goals().get(2).steeringParameters().size());
    }

    @Test
    void knowsListsByTheirHeadingsWordNotByNumber() {
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

        GoalReading letter = read(OPENING + goals7And8);

        assertEquals(8, letter.goals().size());
        assertEquals(List.of(
                "Helsedirektoratet skal bidra til at helse- og omsorgstjenesten planlegger helhetlig og langsiktig",
                "Helsedirektoratet skal ivareta det tverrsektorielle og tverrfaglige perspektivet i arbeidet med "
                        + "innovasjon"),
                letter.goals().stream().flatMap(g -> g.steeringParameters().stream()).map(GoalItem::text).toList());
        assertTrue(letter.goals().stream().allMatch(g -> g.keyFigures().isEmpty()));
        assertEquals("Den nasjonale helseberedskapen er motstandsdyktig, samordnet og effektiv ved kriser og krig",
                letter.goals().get(7).title());
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

        GoalReading letter = read(OPENING + lastGoal);

        assertEquals(List.of(
                "Antall helseaktører som er gjenstand for alvorlig virkemiddelbruk, antall spesifisert for det "
                        + "enkelte virkemiddel (vedtak om tilbakekreving over 200 000 kr, tap av rett og anmeldelse)",
                "Tilbakekrevd beløp",
                "Automatiseringsgrad for de ulike tjenesteområdene"),
                texts(letter.goals().get(0).keyFigures()));
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

        GoalReading letter = read(OPENING + list + GOAL_1);

        assertEquals(1, letter.warnings().size());
        assertEquals(5, letter.warnings().get(0).line());
        assertTrue(letter.warnings().get(0).message().contains("lists 3 goals, the chapter has 1"),
                letter.warnings().get(0).message());
    }

    @Test
    void findsNoGoalsInDocumentsThatSetNone() {
        assertEquals(List.of(), read(SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER)).goals());
        assertEquals(List.of(), read(SeedTexts.read(SeedTexts.PROP1S)).goals());
        assertEquals(List.of(), read("Tildelingsbrev 2025 til Helsedirektoratet\n1 Innledning\nTekst.\n").goals());
    }

    @Test
    void readsThe13GoalsOfTheLetterFor2025() {
        GoalReading letter = read(SeedTexts.read(SeedTexts.ALLOCATION_LETTER));

        assertEquals(SEED_GOAL_TITLES, letter.goals().stream().map(GoalStructure::title).toList());
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"),
                letter.goals().stream().map(GoalStructure::number).toList());
        assertEquals(SEED_GOAL_LINES, letter.goals().stream().map(GoalStructure::line).toList());
        assertTrue(letter.goals().stream().allMatch(g -> g.layout() == GoalLayout.NUMBERED_SECTIONS));
        // The goal list in the chapter's introduction (lines 190–221) agrees with the sections.
        assertEquals(List.of(), letter.warnings());
    }

    @Test
    void readsEverySteeringParameterAndKeyFigureOfTheLetterFor2025() {
        GoalReading letter = read(SeedTexts.read(SeedTexts.ALLOCATION_LETTER));

        assertEquals(SEED_COUNTS, counts(letter));
        assertEquals(33, letter.goals().stream().mapToInt(g -> g.steeringParameters().size()).sum());
        assertEquals(64, letter.goals().stream().mapToInt(g -> g.keyFigures().size()).sum());
        assertTrue(letter.goals().stream().allMatch(g -> g.resultRequirements().isEmpty() && g.longTermGoals().isEmpty()));
        assertTrue(letter.goals().stream().flatMap(g -> g.steeringParameters().stream()).allMatch(i -> i.requirements().isEmpty()));
        SEED_ITEMS.forEach(item -> item.assertIn(letter));
    }

    /** Counted by hand in sections 3.1.1–3.13.2 of the letter: steering parameters and key figures per goal. */
    static final Map<Integer, List<Integer>> SEED_COUNTS = Map.ofEntries(
            Map.entry(1, List.of(2, 1)), Map.entry(2, List.of(2, 8)), Map.entry(3, List.of(2, 2)),
            Map.entry(4, List.of(4, 8)), Map.entry(5, List.of(3, 11)), Map.entry(6, List.of(2, 3)),
            Map.entry(7, List.of(4, 0)), Map.entry(8, List.of(0, 0)), Map.entry(9, List.of(3, 9)),
            Map.entry(10, List.of(3, 6)), Map.entry(11, List.of(2, 4)), Map.entry(12, List.of(2, 2)),
            Map.entry(13, List.of(4, 10)));

    static final List<Integer> SEED_GOAL_LINES =
            List.of(255, 334, 742, 838, 1644, 1816, 1900, 2197, 2236, 2415, 2872, 2953, 3035);

    static final List<String> SEED_GOAL_TITLES = List.of(
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
            "Helseaktører og innbyggere får rett ytelse til rett tid");

    /** One item of the letter: its goal (1–13), its list, its position in the list, its line and its text. */
    record SeedItem(int goal, boolean steering, int position, int line, String text) {

        void assertIn(GoalReading letter) {
            GoalStructure structure = letter.goals().get(goal - 1);
            GoalItem item = (steering ? structure.steeringParameters() : structure.keyFigures()).get(position - 1);
            String where = "goal " + goal + (steering ? " steering parameter " : " key figure ") + position;
            assertEquals(text, item.text(), where);
            assertEquals(line, item.line(), "line of " + where);
        }
    }

    static final List<SeedItem> SEED_ITEMS = List.of(
            new SeedItem(1, true, 2, 271, "Folkehelsearbeidet skal være etterrettelig, etterprøvbart og dokumentert"),
            new SeedItem(2, false, 5, 367, "Utvikling i norsk kosthold, «mer av»-gruppene"),
            new SeedItem(2, false, 8, 375,
                    "Antall ammekyndige helsestasjoner og Mor-barn vennlig føde- og barselavdelinger"),
            new SeedItem(3, true, 2, 757, "Helsedirektoratet skal bidra til økt helsekompetanse i befolkningen"),
            new SeedItem(4, false, 6, 881, "Andel pasientskader i sykehus (GTT-kartlegging)."),
            new SeedItem(5, true, 2, 1660, "Helsedirektoratet skal støtte kommunene i planlegging og utvikling av et "
                    + "sammenhengende tjenestetilbud på tvers av sektorene i kommunene"),
            new SeedItem(5, false, 10, 1696, "Antall liggedøgn i spesialisthelsetjenesten etter ferdigbehandling fordelt "
                    + "på hhv. psykisk helse og somatikk (Norge og etter bosted)"),
            new SeedItem(6, false, 2, 1843, "Kvalitetsindikator: pasienterfaringer med fastlege og fastlegekontor"),
            new SeedItem(7, true, 4, 1923, "Helsedirektoratet skal ivareta det tverrsektorielle og tverrfaglige "
                    + "perspektivet i arbeidet med innovasjon"),
            new SeedItem(9, true, 3, 2256, "I hvilken grad tilskuddsordningene innen personellfeltet som "
                    + "Helsedirektoratet forvalter, har effekt og gir det helse- og omsorgstjenesten trenger"),
            new SeedItem(9, false, 9, 2292, "Utvikling i sykefravær i kommuner og helseforetak"),
            // "e-" at the end of line 2432 is joined as a hyphenated word, as WrappedLines.join joins it.
            new SeedItem(10, true, 2, 2432, "Helsedirektoratet skal gjennomføre vurderinger av gevinster av nasjonale "
                    + "e-helseløsninger/ digitale samhandlingstjenester"),
            new SeedItem(10, false, 2, 2448, "Andel innbyggere som har vært i digital kontakt med helsetjenesten"),
            new SeedItem(11, false, 4, 2901, "Andel av kommuner som benytter seg av tilskudd for å bedre kvaliteten i "
                    + "helse- og omsorgstjenestene"),
            new SeedItem(12, false, 1, 2976, "Endring i positive tilbakemeldinger fra brukerne basert på "
                    + "tilbakemeldinger gitt på helsedirektoratet.no."),
            new SeedItem(13, true, 1, 3047,
                    "Helfo og Helsedirektoratets innsats for å bidra til god etterlevelse av refusjonsregelverket"),
            new SeedItem(13, false, 10, 3085, "Automatiseringsgrad for de ulike tjenesteområdene"));

    /** Steering parameters and key figures per goal, numbered from 1. */
    static Map<Integer, List<Integer>> counts(GoalReading letter) {
        java.util.Map<Integer, List<Integer>> counts = new java.util.HashMap<>();
        for (int i = 0; i < letter.goals().size(); i++) {
            GoalStructure goal = letter.goals().get(i);
            counts.put(i + 1, List.of(goal.steeringParameters().size(), goal.keyFigures().size()));
        }
        return counts;
    }

    static List<String> texts(List<GoalItem> items) {
        return items.stream().map(GoalItem::text).toList();
    }

    private static GoalReading read(String text) {
        return GoalReader.read(DocumentReader.read(text));
    }
}
