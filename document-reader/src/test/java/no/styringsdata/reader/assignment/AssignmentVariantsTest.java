package no.styringsdata.reader.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.testing.documents.AssignmentVariants;
import no.styringsdata.testing.documents.AssignmentVariants.CarriedOver;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real letters rewritten in test code (see {@link AssignmentVariants}): each variant must give the same
 * assignments as the letter itself, with the same titles, texts, departments, goals and deadlines, or the
 * difference its test names.
 */
class AssignmentVariantsTest {

    private static final Logger LOG = Logger.getLogger(AssignmentVariantsTest.class.getName());
    private static final String MAIN_TEXT = SeedTexts.read(SeedTexts.ALLOCATION_LETTER);
    private static final String SUPPLEMENTARY_TEXT = SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER);
    private static final ReadAssignments MAIN = read(MAIN_TEXT);
    private static final ReadAssignments SUPPLEMENTARY = read(SUPPLEMENTARY_TEXT);
    private static final List<String> MAIN_IDS = IntStream.rangeClosed(1, 72).mapToObj(n -> "TB2025-" + n).toList();

    /** What a block says, without where it says it (variants that add lines move every line below). */
    record Content(String id, List<String> departments, String title, String text, Integer goal, boolean carriedOver,
            List<String> deadlines, List<String> referencedIds, List<PostRef> postRefs) {

        static Content of(AssignmentBlock b) {
            return new Content(b.id(), b.departments(), b.title(), b.text(), b.goal() == null ? null : b.goal().number(),
                    b.carriedOver(), b.deadlines().stream().map(d -> d.date() + " " + d.label() + " " + d.text()).toList(),
                    b.referencedIds(), b.postRefs());
        }

        Content withoutId() {
            return new Content(null, departments, title, text, goal, carriedOver, deadlines, referencedIds, postRefs);
        }
    }

    /** Layouts of the ids and the fields next to them that must give the same assignments, in both letters. */
    static Stream<Arguments> layoutVariants() {
        return Stream.of(variant("ids labelled on the id line", AssignmentVariants::labelledOnTheIdLine),
                        variant("an id label on a line of its own", AssignmentVariants::labelAboveTheId),
                        variant("department and title on the line below the id",
                                AssignmentVariants::idAndFieldsOnSeparateLines),
                        variant("the older id form", AssignmentVariants::olderForm),
                        variant("spaced and en-dash ids", AssignmentVariants::spacedAndEnDashIds))
                .flatMap(variant -> Stream.of(
                        Arguments.of(variant, Named.of("main letter", MAIN_TEXT), MAIN),
                        Arguments.of(variant, Named.of("supplementary letter", SUPPLEMENTARY_TEXT), SUPPLEMENTARY)));
    }

    private static Named<UnaryOperator<String>> variant(String name, UnaryOperator<String> variation) {
        return Named.of(name, variation);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("layoutVariants")
    void aLayoutVariantGivesTheSameAssignments(UnaryOperator<String> variation, String text, ReadAssignments original) {
        assertSameAs(original, variation, text);
    }

    @Test
    void renamedAssignmentHeadingsGiveTheSameAssignments() {
        assertSameAs(MAIN, AssignmentVariants::renamedAssignmentHeadings, MAIN_TEXT);
    }

    @Test
    void aLetterWithoutIdsGives72MadeStableIdsAndOtherwiseTheSameAssignments() {
        ReadAssignments variant = read(AssignmentVariants.withoutIds(MAIN_TEXT));
        log("without ids", variant);
        assertEquals(72, variant.blocks().size());
        assertTrue(variant.blocks().stream().allMatch(AssignmentBlock::idGenerated));
        assertEquals(IntStream.rangeClosed(1, 72).mapToObj(n -> String.format("helsedirektoratet-2025-%03d", n)).toList(),
                variant.blocks().stream().map(AssignmentBlock::id).toList());
        assertEquals(variant, read(AssignmentVariants.withoutIds(MAIN_TEXT)), "the same text gives the same ids");
        assertEquals(contents(MAIN).stream().map(Content::withoutId).toList(),
                contents(variant).stream().map(Content::withoutId).toList());
        // the differences: the department warning names the line, not the id; and the "Oppdrag" heading of
        // chapter 6 (line 5079), prose on how to report, is said to hold no assignment
        assertEquals(List.of(new ImportWarning(912, "the assignment at line 912: the department list ends with a separator; "
                        + "a department may be missing"), new ImportWarning(5079, "No assignment read under the heading "
                        + "'Oppdrag': no line led by a department, bullet or numbered paragraph starts one")),
                variant.warnings());
    }

    @Test
    void aLetterWithoutIdsAndWithRenamedHeadingsGivesTheSame72() {
        ReadAssignments variant = read(AssignmentVariants.withoutIds(AssignmentVariants.renamedAssignmentHeadings(MAIN_TEXT)));
        assertEquals(contents(read(AssignmentVariants.withoutIds(MAIN_TEXT))), contents(variant));
    }

    @Test
    void carriedOverAssignmentsWithOtherPrefixesAndCombinedIdsComeAfterTheLettersOwn() {
        ReadAssignments variant = read(AssignmentVariants.withCarriedOverSection(MAIN_TEXT));
        log("carried over", variant);
        assertEquals(MAIN_IDS, variant.blocks().subList(0, 72).stream().map(AssignmentBlock::id).toList());
        assertEquals(contents(MAIN), contents(variant).subList(0, 72));
        List<AssignmentBlock> carried = variant.blocks().subList(72, variant.blocks().size());
        assertEquals(List.of("TTB2024-60", "TB2023-25", "TB2024-12", "STB2023-7", "TB2022-33"),
                carried.stream().map(AssignmentBlock::id).toList());
        assertEquals(List.of(List.of(), List.of("TB2023-26"), List.of("TB2025-3"), List.of(), List.of("TB2022-34")),
                carried.stream().map(AssignmentBlock::combinedIds).toList());
        for (int k = 0; k < carried.size(); k++) {
            CarriedOver spec = AssignmentVariants.CARRIED_OVER.get(k);
            AssignmentBlock copy = carried.get(k);
            AssignmentBlock original = MAIN.blocks().get(spec.copiedNumber() - 1);
            assertTrue(copy.carriedOver(), copy.id());
            assertNull(copy.goal(), copy.id());
            assertFalse(copy.idGenerated(), copy.id());
            assertEquals(original.title(), copy.title(), copy.id());
            assertEquals(original.text(), copy.text(), copy.id());
            assertEquals(original.departments(), copy.departments(), copy.id());
            assertFalse(copy.referencedIds().contains(copy.id()), copy.id());
        }
        assertEquals(MAIN.goals(), variant.goals(), "a section of carried-over assignments is no goal");
        assertEquals(MAIN.warnings(), variant.warnings());
    }

    private static void assertSameAs(ReadAssignments expected, UnaryOperator<String> variantOf, String text) {
        ReadAssignments variant = read(variantOf.apply(text));
        log("variant", variant);
        assertEquals(contents(expected), contents(variant));
        assertEquals(expected.year(), variant.year());
        assertEquals(expected.warnings().stream().map(w -> w.message()).toList(),
                variant.warnings().stream().map(w -> w.message()).toList());
    }

    private static List<Content> contents(ReadAssignments read) {
        return read.blocks().stream().map(Content::of).toList();
    }

    private static ReadAssignments read(String text) {
        return AssignmentReader.read(DocumentReader.read(text));
    }

    private static void log(String name, ReadAssignments read) {
        LOG.info(() -> String.format("%s: %d assignments, %d with ids, %d made, %d carried over, %d with a goal, %d warnings",
                name, read.blocks().size(), read.blocks().stream().filter(b -> !b.idGenerated()).count(),
                read.blocks().stream().filter(AssignmentBlock::idGenerated).count(),
                read.blocks().stream().filter(AssignmentBlock::carriedOver).count(),
                read.blocks().stream().filter(b -> b.goal() != null).count(), read.warnings().size()));
    }
}
