package no.styringsdata.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.styringsdata.reader.assignment.AssignmentBlock;
import no.styringsdata.reader.assignment.AssignmentReader;
import no.styringsdata.reader.assignment.ReadAssignments;
import no.styringsdata.reader.goal.GoalReader;
import no.styringsdata.reader.goal.GoalReading;
import no.styringsdata.reader.goal.GoalStructure;
import no.styringsdata.reader.table.AllocationTableReader;
import no.styringsdata.reader.table.AllocationTables;
import no.styringsdata.reader.table.AppropriationStatement;
import no.styringsdata.reader.table.AppropriationStatementReader;
import no.styringsdata.testing.documents.AllocationTableVariants;
import no.styringsdata.testing.documents.AssignmentVariants;
import no.styringsdata.testing.documents.GoalVariants;
import no.styringsdata.testing.documents.LetterVariants;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * The reader's figures on every seed and on variants that combine the transformations the part tests
 * prove one by one, as another ministry's template would: another agency, a title block, the allocation
 * table split with other headings and units, ids moved or missing, goals by area. Logged as one table,
 * and checked: a combined variant reads as its parts do.
 */
class ReaderFiguresTest {

    private static final System.Logger LOG = System.getLogger(ReaderFiguresTest.class.getName());

    record Figures(String kind, String agency, Integer year, int tables, int rows, long allocatedKroner,
            int statementRows, int assignments, int generatedIds, int goals, int steeringParameters, int keyFigures,
            int resultRequirements, int warnings) {

        static Figures of(String text) {
            ReadDocument document = DocumentReader.read(text);
            // each part where the kind has it: a proposition's chapter tables are not allocation tables
            boolean letter = document.identity().kind() != null && document.identity().kind().isLetter();
            AllocationTables tables = letter ? AllocationTableReader.read(document)
                    : new AllocationTables(java.util.List.of(), java.util.List.of());
            AppropriationStatement statement = AppropriationStatementReader.read(document).orElse(null);
            ReadAssignments assignments = AssignmentReader.read(document);
            GoalReading goals = GoalReader.read(document);
            long allocated = tables.tables().stream().flatMap(t -> t.rows().stream().map(t::allocation))
                    .mapToLong(a -> a.orElse(0L)).sum();
            return new Figures(document.identity().kind() == null ? null : document.identity().kind().wireName(),
                    document.identity().agency() == null ? null : document.identity().agency().id(),
                    document.identity().year(), tables.tables().size(),
                    tables.tables().stream().mapToInt(t -> t.rows().size()).sum(), allocated,
                    statement == null ? 0 : statement.rows().size(), assignments.blocks().size(),
                    (int) assignments.blocks().stream().filter(AssignmentBlock::idGenerated).count(),
                    goals.goals().size(), count(goals, GoalStructure::steeringParameters),
                    count(goals, GoalStructure::keyFigures), count(goals, GoalStructure::resultRequirements),
                    tables.allWarnings().size() + (statement == null ? 0 : statement.warnings().size())
                            + assignments.warnings().size() + goals.warnings().size());
        }

        private static int count(GoalReading goals, java.util.function.Function<GoalStructure, java.util.List<?>> list) {
            return goals.goals().stream().mapToInt(g -> list.apply(g).size()).sum();
        }
    }

    private static String anotherTemplate(String letter) {
        UnaryOperator<String> template = text -> LetterVariants.forFolkehelseinstituttet(text);
        template = compose(template, AllocationTableVariants::splitIntoSections);
        template = compose(template, AllocationTableVariants::renamedHeadings);
        template = compose(template, AssignmentVariants::labelAboveTheId);
        template = compose(template, GoalVariants::renamedListHeadings);
        String transformed = template.apply(letter);
        return LetterVariants.withTitleBlock(transformed, "Folkehelseinstituttet", "Tildelingsbrev 2025 – Folkehelseinstituttet",
                "19.12.2024");
    }

    private static UnaryOperator<String> compose(UnaryOperator<String> first, UnaryOperator<String> then) {
        return text -> then.apply(first.apply(text));
    }

    @Test
    void readsEverySeedAndVariantAndLogsTheFigures() {
        String letter = SeedTexts.read(SeedTexts.ALLOCATION_LETTER);
        String supplementary = SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER);
        Map<String, Figures> figures = new LinkedHashMap<>();
        figures.put("000 tildelingsbrev 2025", Figures.of(letter));
        figures.put("001 årsrapport 2024", Figures.of(SeedTexts.read(SeedTexts.ANNUAL_REPORT)));
        figures.put("003 Prop. 1 S 2025–2026", Figures.of(SeedTexts.read(SeedTexts.PROP1S)));
        figures.put("004 supplerende 2025", Figures.of(supplementary));
        figures.put("000 for Folkehelseinstituttet", Figures.of(LetterVariants.forFolkehelseinstituttet(letter)));
        figures.put("004 for Folkehelseinstituttet", Figures.of(LetterVariants.forFolkehelseinstituttet(supplementary)));
        figures.put("000 without assignment ids", Figures.of(AssignmentVariants.withoutIds(letter)));
        figures.put("000 goals as areas", Figures.of(GoalVariants.goalsAsAreas(letter)));
        figures.put("000 allocation table in kroner", Figures.of(AllocationTableVariants.inKroner(letter)));
        figures.put("000 on another template", Figures.of(anotherTemplate(letter)));
        StringBuilder table = new StringBuilder(
                "\ndocument | kind | agency | year | tables | rows | allocated kr | statement rows | assignments"
                        + " (generated ids) | goals | steering | key figures | result req. | warnings\n");
        figures.forEach((name, f) -> table.append("%s | %s | %s | %s | %d | %d | %d | %d | %d (%d) | %d | %d | %d | %d | %d%n"
                .formatted(name, f.kind(), f.agency(), f.year(), f.tables(), f.rows(), f.allocatedKroner(), f.statementRows(),
                        f.assignments(), f.generatedIds(), f.goals(), f.steeringParameters(), f.keyFigures(),
                        f.resultRequirements(), f.warnings())));
        LOG.log(Level.INFO, table.toString());

        Figures seed = figures.get("000 tildelingsbrev 2025");
        Figures other = figures.get("000 on another template");
        assertEquals("folkehelseinstituttet", other.agency());
        assertEquals(seed.year(), other.year());
        assertEquals(seed.rows(), other.rows(), "the same allocation rows, in more tables");
        assertEquals(seed.allocatedKroner(), other.allocatedKroner());
        assertEquals(seed.assignments(), other.assignments());
        assertEquals(seed.goals(), other.goals());
        assertEquals(seed.steeringParameters(), other.steeringParameters());
        assertEquals(seed.keyFigures(), other.keyFigures());
        assertEquals(102, figures.get("001 årsrapport 2024").statementRows());
    }
}
