package no.styringsdata.reader.goal;

import java.util.List;
import no.styringsdata.reader.text.ImportWarning;

/** The goals of a letter, in document order, and what the reader could not place. */
public record GoalReading(List<GoalStructure> goals, List<ImportWarning> warnings) {

    public GoalReading {
        goals = List.copyOf(goals);
        warnings = List.copyOf(warnings);
    }
}
