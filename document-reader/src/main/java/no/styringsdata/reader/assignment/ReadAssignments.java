package no.styringsdata.reader.assignment;

import java.util.List;
import no.styringsdata.reader.text.ImportWarning;

/**
 * The assignments of one letter.
 *
 * @param year     the letter's budget year: its identity's, else the year most of its ids give; null when
 *                 neither says (then no deadline without a year can be completed, and no id can be made)
 * @param goals    the hovedmål sections of the letter, in document order (also those without assignments)
 * @param blocks   the assignments in document order
 * @param warnings what could not be read or placed, by line
 */
public record ReadAssignments(Integer year, List<GoalRef> goals, List<AssignmentBlock> blocks,
        List<ImportWarning> warnings) {
}
