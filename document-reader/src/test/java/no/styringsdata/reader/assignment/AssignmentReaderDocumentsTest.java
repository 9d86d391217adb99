package no.styringsdata.reader.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * The whole seed letters of 2025 as the reader gives them; assignment-service's AllocationLetterDocumentsTest
 * pins every field through its mapping.
 */
class AssignmentReaderDocumentsTest {

    @Test
    void readsThe72AssignmentsAnd13GoalsOfTheMainLetter() {
        ReadAssignments main = read(SeedTexts.ALLOCATION_LETTER);
        assertEquals(2025, main.year());
        assertEquals(IntStream.rangeClosed(1, 72).mapToObj(n -> "TB2025-" + n).toList(), ids(main));
        assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(), main.goals().stream().map(GoalRef::number).toList());
        assertTrue(main.blocks().stream().allMatch(b -> b.goal() != null && !b.idGenerated() && !b.carriedOver()));
        assertEquals(new GoalRef(6, "3.6", "Pasienter, brukere og pårørende medvirker og blir involvert av helsepersonell "
                + "i eget forløp og i utviklingen av tjenestene", 1816), main.goals().get(5));
        assertEquals(List.of(new ImportWarning(912,
                "TB2025-19: the department list ends with a separator; a department may be missing")), main.warnings());
    }

    @Test
    void readsThe11AssignmentsOfTheSupplementaryLetter() {
        ReadAssignments supplementary = read(SeedTexts.SUPPLEMENTARY_LETTER);
        assertEquals(Stream.of(80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91).map(n -> "TB2025-" + n).toList(),
                ids(supplementary));
        assertEquals(List.of(), supplementary.goals());
        assertEquals(List.of(new ImportWarning(219, "No assignment numbered between TB2025-88 and TB2025-90")),
                supplementary.warnings());
    }

    @Test
    void readsNoAssignmentInTheAnnualReportOrTheBudgetProposal() {
        assertEquals(List.of(), read(SeedTexts.ANNUAL_REPORT).blocks());
        assertEquals(List.of(), read(SeedTexts.PROP1S).blocks());
    }

    private static ReadAssignments read(String seed) {
        return AssignmentReader.read(DocumentReader.read(SeedTexts.read(seed)));
    }

    private static List<String> ids(ReadAssignments read) {
        return read.blocks().stream().map(AssignmentBlock::id).toList();
    }
}
