package no.styringsdata.reader.goal;

import static no.styringsdata.reader.goal.GoalReaderTest.SEED_COUNTS;
import static no.styringsdata.reader.goal.GoalReaderTest.SEED_GOAL_LINES;
import static no.styringsdata.reader.goal.GoalReaderTest.SEED_GOAL_TITLES;
import static no.styringsdata.reader.goal.GoalReaderTest.SEED_ITEMS;
import static no.styringsdata.reader.goal.GoalReaderTest.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.testing.documents.GoalVariants;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * The 2025 letter transformed as other letters are laid out (testing's {@link GoalVariants}): each
 * variant must give the letter's 13 goals with its 33 steering parameters and 64 key figures, or the
 * difference the variant makes, with no warnings.
 */
class GoalVariantsTest {

    private static final System.Logger LOG = System.getLogger(GoalVariantsTest.class.getName());
    private static final String LETTER = SeedTexts.read(SeedTexts.ALLOCATION_LETTER);

    @Test
    void readsTheGoalChapterMovedAndRenumberedAsChapter2() {
        String variant = GoalVariants.goalChapterAsChapter2(LETTER);
        GoalReading letter = read("chapter 2", variant);

        int moved = GoalVariants.chapterLength(LETTER, 2);
        assertEquals(128, moved, "chapter 2 of the letter spans lines 42–169");
        assertEquals(SEED_GOAL_TITLES, titles(letter));
        assertEquals(IntStream.range(1, 14).mapToObj(n -> "2." + n).toList(),
                letter.goals().stream().map(GoalStructure::number).toList());
        assertEquals(SEED_GOAL_LINES.stream().map(line -> line - moved).toList(),
                letter.goals().stream().map(GoalStructure::line).toList());
        assertEquals(SEED_COUNTS, counts(letter));
        assertEquals(List.of(), letter.warnings());
        DocumentLines lines = DocumentReader.read(variant).lines();
        assertEquals("2.13.2. Nøkkeltall", lines.line(3059 - moved).strip());
    }

    @Test
    void readsListHeadingsAsOtherLettersWordThem() {
        String variant = GoalVariants.renamedListHeadings(LETTER);
        assertTrue(variant.contains("3.1.1. Styringsparametre\n") && variant.contains("3.2.1. Styringsparametere for 2025\n")
                && variant.contains("3.1.2. Nøkkeltall og indikatorer\n"), "the variant renames the headings");
        GoalReading letter = read("renamed lists", variant);

        assertSameAsTheLetter(letter);
    }

    @Test
    void readsUpperCaseHeadings() {
        String variant = GoalVariants.upperCaseHeadings(LETTER);
        assertTrue(variant.contains("3.  HOVEDMÅL, STYRINGSPARAMETERE, NØKKELTALL OG OPPDRAG")
                && variant.contains("3.13.2. NØKKELTALL"), "the variant writes the headings in upper case");
        GoalReading letter = read("upper case", variant);

        assertSameAsTheLetter(letter);
    }

    @Test
    void readsTheGoalsRewrittenAsAreasWithLongTermGoalsAndResultRequirements() {
        GoalReading letter = read("areas", GoalVariants.goalsAsAreas(LETTER));

        assertEquals(SEED_GOAL_TITLES, titles(letter));
        assertEquals(SEED_GOAL_LINES, letter.goals().stream().map(GoalStructure::line).toList());
        assertTrue(letter.goals().stream().allMatch(g -> g.layout() == GoalLayout.AREAS));
        assertEquals(IntStream.range(1, 14).mapToObj(n -> "Hovedområde " + n).toList(),
                letter.goals().stream().map(GoalStructure::area).toList());
        // Each area's long-term goal is its title, written on the blank line before its first subsection.
        for (GoalStructure goal : letter.goals()) {
            assertEquals(List.of(goal.title()), GoalReaderTest.texts(goal.longTermGoals()), goal.area());
        }
        // The difference: Nøkkeltall became Resultatkrav, so the 64 key figures are 64 result requirements.
        for (int goal = 1; goal <= 13; goal++) {
            List<Integer> seed = SEED_COUNTS.get(goal);
            GoalStructure area = letter.goals().get(goal - 1);
            assertEquals(List.of(seed.get(0), 0, seed.get(1)), List.of(area.steeringParameters().size(),
                    area.keyFigures().size(), area.resultRequirements().size()), area.area());
        }
        assertEquals(List.of(), letter.warnings());
        SEED_ITEMS.stream().filter(GoalReaderTest.SeedItem::steering).forEach(item -> item.assertIn(letter));
        GoalItem kosthold = letter.goals().get(1).resultRequirements().get(4);
        assertEquals("Utvikling i norsk kosthold, «mer av»-gruppene", kosthold.text());
        assertEquals(367, kosthold.line());
    }

    @Test
    void readsLetteredSteeringParametersWithTheirPrestasjonskrav() {
        GoalReading letter = read("lettered", GoalVariants.letteredSteeringParameters(LETTER));

        assertSameAsTheLetter(letter);
        for (GoalStructure goal : letter.goals()) {
            List<GoalItem> parameters = goal.steeringParameters();
            assertEquals(IntStream.range(0, parameters.size()).mapToObj(i -> (char) ('a' + i) + ")").toList(),
                    parameters.stream().map(GoalItem::label).toList(), goal.number());
            for (GoalItem parameter : parameters) {
                assertEquals(List.of(GoalVariants.requirement(parameter.label().charAt(0)).substring("Prestasjonskrav: ".length())),
                        GoalReaderTest.texts(parameter.requirements()), goal.number() + " " + parameter.label());
                assertEquals(List.of(), parameter.subItems());
            }
        }
    }

    @Test
    void readsAGoalWhoseListsAreEmpty() {
        String variant = GoalVariants.goalWithEmptyLists(LETTER, 1);
        assertNotEquals(LETTER, variant);
        GoalReading letter = read("empty lists", variant);

        // The difference: goal 1 keeps its headings but has none of its 2 steering parameters and 1 key figure.
        assertEquals(SEED_GOAL_TITLES, titles(letter));
        assertEquals(SEED_GOAL_LINES, letter.goals().stream().map(GoalStructure::line).toList());
        Map<Integer, List<Integer>> expected = new java.util.HashMap<>(SEED_COUNTS);
        expected.put(1, List.of(0, 0));
        assertEquals(expected, counts(letter));
        assertEquals(List.of(), letter.warnings(), "an empty list is valid");
    }

    private static void assertSameAsTheLetter(GoalReading letter) {
        assertEquals(SEED_GOAL_TITLES, titles(letter));
        assertEquals(SEED_GOAL_LINES, letter.goals().stream().map(GoalStructure::line).toList());
        assertEquals(SEED_COUNTS, counts(letter));
        SEED_ITEMS.forEach(item -> item.assertIn(letter));
        assertEquals(List.of(), letter.warnings());
    }

    private static List<String> titles(GoalReading letter) {
        return letter.goals().stream().map(GoalStructure::title).toList();
    }

    private static GoalReading read(String variant, String text) {
        GoalReading reading = GoalReader.read(DocumentReader.read(text));
        LOG.log(System.Logger.Level.INFO, () -> String.format(
                "%-14s goals %2d, steering parameters %2d, key figures %2d, result requirements %2d "
                        + "(prestasjonskrav %2d), long-term goals %2d, warnings %d",
                variant, reading.goals().size(), sum(reading, GoalStructure::steeringParameters),
                sum(reading, GoalStructure::keyFigures), sum(reading, GoalStructure::resultRequirements),
                reading.goals().stream().flatMap(g -> g.steeringParameters().stream()).mapToInt(p -> p.requirements().size()).sum(),
                sum(reading, GoalStructure::longTermGoals), reading.warnings().size()));
        return reading;
    }

    private static int sum(GoalReading reading, java.util.function.Function<GoalStructure, List<GoalItem>> list) {
        return reading.goals().stream().mapToInt(g -> list.apply(g).size()).sum();
    }
}
