package no.styringsdata.indicator.importer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static no.styringsdata.indicator.importer.ParsedIndicators.ofGoal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.SourceLine;
import no.styringsdata.testing.documents.GoalVariants;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * The mapping of the document reader's goals to the indicator service's records. How the goals are read
 * is the reader's and is tested there (document-reader's GoalReaderTest and GoalVariantsTest).
 */
class AllocationLetterIndicatorParserTest {

    @Test
    void mapsTheGoalsAndIndicatorsOfTheLetterFor2025() {
        ParsedIndicatorDocument letter = parse(seed(SeedTexts.ALLOCATION_LETTER));

        assertEquals(IndicatorDocumentKind.ALLOCATION_LETTER, letter.kind());
        assertEquals(2025, letter.year());
        assertEquals("Tildelingsbrev 2025 til Helsedirektoratet", letter.title());
        assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(), letter.goals().stream().map(ParsedGoal::number).toList());
        assertEquals(List.of(255, 334, 742, 838, 1644, 1816, 1900, 2197, 2236, 2415, 2872, 2953, 3035),
                letter.goals().stream().map(g -> g.source().line()).toList());
        assertEquals("3.1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt", letter.goals().get(0).source().text());
        assertEquals(33, count(letter, IndicatorKind.STEERING_PARAMETER));
        assertEquals(64, count(letter, IndicatorKind.KEY_FIGURE));
        assertEquals(List.of(), letter.warnings());
        assertTrue(letter.values().isEmpty());
        assertTrue(letter.indicators().stream().allMatch(i -> i.year() == 2025));

        // Goal 2's fifth key figure, from line 367; goal 1's only key figure keeps its three sub-items.
        ParsedIndicator kosthold = ofGoal(letter, 2, IndicatorKind.KEY_FIGURE).get(4);
        assertEquals(new IndicatorRef(2, IndicatorKind.KEY_FIGURE, 5), kosthold.ref());
        assertEquals("Utvikling i norsk kosthold, «mer av»-gruppene", kosthold.text());
        assertEquals("utvikling i norsk kosthold mer av gruppene", kosthold.textKey());
        assertEquals(367, kosthold.source().line());
        ParsedIndicator folkehelse = ofGoal(letter, 1, IndicatorKind.KEY_FIGURE).get(0);
        assertEquals(3, folkehelse.subItems().size());
        assertEquals(277, folkehelse.source().line());
        // Positions count within each goal's list, from 1.
        for (ParsedGoal goal : letter.goals()) {
            for (IndicatorKind kind : IndicatorKind.values()) {
                List<ParsedIndicator> list = ofGoal(letter, goal.number(), kind);
                assertEquals(IntStream.rangeClosed(1, list.size()).boxed().toList(),
                        list.stream().map(ParsedIndicator::number).toList(), "goal " + goal.number() + " " + kind);
            }
        }
    }

    @Test
    void mapsAnAreaWithItsLongTermGoalsResultRequirementsAndPrestasjonskrav() {
        ParsedIndicatorDocument letter = parse("""
                Tildelingsbrev 2025 til Arbeidstilsynet
                1 Innledning
                Arbeids- og inkluderingsdepartementet gir med dette styringssignaler for Arbeidstilsynet for 2025.
                2 Mål og resultatkrav
                Hovedområde 1: Et sikkert og seriøst arbeidsliv
                Langsiktige mål
                • Færre arbeidsskader
                • Et seriøst arbeidsliv uten sosial dumping
                Styringsparametere
                • Andel tilsyn rettet mot virksomheter med høy risiko
                Prestasjonskrav: Minst 70 prosent av tilsynene skal rettes mot virksomheter med høy risiko
                • Saksbehandlingstid for klager
                Resultatkrav
                • Arbeidstilsynet gjennomfører 3 000 tilsyn
                • Saksbehandlingstiden for klager er under tre måneder
                3 Budsjettildeling
                """);

        assertEquals(List.of(), letter.warnings(), "result requirements and prestasjonskrav are imported, not named in a warning");
        ParsedGoal goal = letter.goals().get(0);
        assertEquals(new ParsedGoal(1, "Et sikkert og seriøst arbeidsliv", "Hovedområde 1",
                List.of("Færre arbeidsskader", "Et seriøst arbeidsliv uten sosial dumping"), goal.source()), goal);
        assertEquals(5, goal.source().line());
        List<ParsedIndicator> parameters = ofGoal(letter, 1, IndicatorKind.STEERING_PARAMETER);
        assertEquals(List.of("Andel tilsyn rettet mot virksomheter med høy risiko", "Saksbehandlingstid for klager"),
                parameters.stream().map(ParsedIndicator::text).toList());
        assertEquals(List.of("Minst 70 prosent av tilsynene skal rettes mot virksomheter med høy risiko"),
                parameters.get(0).requirements());
        assertEquals(List.of(), parameters.get(1).requirements());
        List<ParsedIndicator> requirements = ofGoal(letter, 1, IndicatorKind.RESULT_REQUIREMENT);
        assertEquals(List.of("Arbeidstilsynet gjennomfører 3 000 tilsyn", "Saksbehandlingstiden for klager er under tre måneder"),
                requirements.stream().map(ParsedIndicator::text).toList());
        assertEquals(List.of(new IndicatorRef(1, IndicatorKind.RESULT_REQUIREMENT, 1), new IndicatorRef(1, IndicatorKind.RESULT_REQUIREMENT, 2)),
                requirements.stream().map(ParsedIndicator::ref).toList());
        assertEquals(List.of(14, 15), requirements.stream().map(i -> i.source().line()).toList());
        assertEquals("saksbehandlingstiden for klager er under tre måneder", requirements.get(1).textKey());
        assertTrue(requirements.stream().allMatch(i -> i.requirements().isEmpty() && i.year() == 2025));
        assertEquals(0, count(letter, IndicatorKind.KEY_FIGURE));
    }

    @Test
    void mapsTheLetterWithItsGoalsRewrittenAsAreas() {
        ParsedIndicatorDocument letter = parse(GoalVariants.goalsAsAreas(seed(SeedTexts.ALLOCATION_LETTER)));

        assertEquals(List.of(), letter.warnings());
        assertEquals(13, letter.goals().size());
        for (ParsedGoal goal : letter.goals()) {
            assertEquals("Hovedområde " + goal.number(), goal.area());
            assertEquals(List.of(goal.title()), goal.longTermGoals(), goal.area());
        }
        assertEquals("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt", letter.goals().get(0).title());
        assertEquals(33, count(letter, IndicatorKind.STEERING_PARAMETER));
        assertEquals(0, count(letter, IndicatorKind.KEY_FIGURE));
        assertEquals(64, count(letter, IndicatorKind.RESULT_REQUIREMENT), "the letter's 64 key figures, as result requirements");
        // Goal 2's fifth key figure of the letter is its fifth result requirement here, on the same line.
        ParsedIndicator kosthold = ofGoal(letter, 2, IndicatorKind.RESULT_REQUIREMENT).get(4);
        assertEquals(new IndicatorRef(2, IndicatorKind.RESULT_REQUIREMENT, 5), kosthold.ref());
        assertEquals("Utvikling i norsk kosthold, «mer av»-gruppene", kosthold.text());
        assertEquals(367, kosthold.source().line());
        assertEquals(3, ofGoal(letter, 1, IndicatorKind.RESULT_REQUIREMENT).get(0).subItems().size());
    }

    @Test
    void keepsEachLetteredSteeringParametersPrestasjonskrav() {
        ParsedIndicatorDocument letter = parse(GoalVariants.letteredSteeringParameters(seed(SeedTexts.ALLOCATION_LETTER)));

        assertEquals(List.of(), letter.warnings());
        assertEquals(13, letter.goals().size());
        assertTrue(letter.goals().stream().allMatch(g -> g.area() == null && g.longTermGoals().isEmpty()));
        assertEquals(64, count(letter, IndicatorKind.KEY_FIGURE));
        assertEquals(0, count(letter, IndicatorKind.RESULT_REQUIREMENT));
        List<ParsedIndicator> parameters = letter.indicators().stream()
                .filter(i -> i.kind() == IndicatorKind.STEERING_PARAMETER).toList();
        assertEquals(33, parameters.size());
        for (ParsedIndicator parameter : parameters) {
            char label = (char) ('a' + parameter.number() - 1);
            assertEquals(List.of(GoalVariants.requirement(label).substring("Prestasjonskrav: ".length())),
                    parameter.requirements(), parameter.ref().toString());
            assertEquals(List.of(), parameter.subItems());
        }
        assertTrue(letter.indicators().stream().filter(i -> i.kind() != IndicatorKind.STEERING_PARAMETER)
                .allMatch(i -> i.requirements().isEmpty()));
    }

    @Test
    void onlyASteeringParameterHasPrestasjonskrav() {
        SourceLine line = new SourceLine(1, "• Andel");
        assertThrows(IllegalArgumentException.class, () -> new ParsedIndicator(IndicatorKind.RESULT_REQUIREMENT, 1, 1,
                "Andel", List.of(), List.of("Minst 70 prosent"), "andel", 2025, line));
        assertEquals(List.of("Minst 70 prosent"), new ParsedIndicator(IndicatorKind.STEERING_PARAMETER, 1, 1, "Andel",
                List.of(), List.of("Minst 70 prosent"), "andel", 2025, line).requirements());
    }

    @Test
    void rejectsWhatIsNotAnAllocationLetterWithGoals() {
        AllocationLetterIndicatorParser parser = new AllocationLetterIndicatorParser();
        String letterWithoutGoals = """
                Tildelingsbrev 2025 til Helsedirektoratet
                1 Innledning
                I dette tildelingsbrevet meddeles Stortingets budsjettvedtak for 2025.
                2 Budsjettildeling
                """;
        assertAll(
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse("")),
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse("  \n\n ")),
                () -> assertThrows(DocumentFormatException.class,
                        () -> parser.parse("%PDF-1.7 ÿØÿà \u0000\u0001 garbage")),
                () -> assertEquals("The document reads as Årsrapport, not as an allocation letter (tildelingsbrev)",
                        assertThrows(DocumentFormatException.class,
                                () -> parser.parse(seed(SeedTexts.ANNUAL_REPORT))).getMessage()),
                () -> assertThrows(DocumentFormatException.class, () -> parser.parse(seed(SeedTexts.SUPPLEMENTARY_LETTER))),
                () -> assertTrue(assertThrows(DocumentFormatException.class, () -> parser.parse(letterWithoutGoals))
                        .getMessage().startsWith("The allocation letter sets no goals")));
    }

    private static long count(ParsedIndicatorDocument letter, IndicatorKind kind) {
        return letter.indicators().stream().filter(i -> i.kind() == kind).count();
    }

    private static ParsedIndicatorDocument parse(String text) {
        return new AllocationLetterIndicatorParser().parse(text);
    }

    /** A seed document by its file name (the other importer tests read them through here). */
    static String seed(String name) {
        return SeedTexts.read(name);
    }
}
