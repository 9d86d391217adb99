package no.styringsdata.indicator.importer;

import java.util.ArrayList;
import java.util.List;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.goal.GoalItem;
import no.styringsdata.reader.goal.GoalReader;
import no.styringsdata.reader.goal.GoalReading;
import no.styringsdata.reader.goal.GoalStructure;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;

/**
 * The goals, steering parameters and key figures of a tildelingsbrev, as the document reader reads them
 * ({@link GoalReader}), mapped to what the indicator service stores. A goal's number is its position in
 * the letter, an indicator's its position in its goal's list. Result requirements and long-term goals are
 * no indicators here: the letter's result requirements are named in a warning, not imported.
 */
public final class AllocationLetterIndicatorParser {

    public ParsedIndicatorDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentFormatException("The document is empty", 0);
        }
        return parse(DocumentReader.read(text));
    }

    /** Maps a document read once by the caller. */
    public ParsedIndicatorDocument parse(ReadDocument document) {
        DocumentIdentity identity = document.identity();
        if (identity.kind() != DocumentKind.ALLOCATION_LETTER) {
            throw new DocumentFormatException(identity.kind() == null
                    ? "The document is not an allocation letter (tildelingsbrev) with goals and "
                    + "Styringsparametere/Nøkkeltall lists"
                    : "The document reads as " + identity.kind().label() + ", not as an allocation letter (tildelingsbrev)", 0);
        }
        if (identity.year() == null) {
            throw new DocumentFormatException("The letter's year could not be read", 0);
        }
        GoalReading reading = GoalReader.read(document);
        if (reading.goals().isEmpty()) {
            throw new DocumentFormatException("The allocation letter sets no goals: no goal with Styringsparametere, "
                    + "Nøkkeltall or Resultatkrav lists found", 0);
        }
        int year = identity.year();
        DocumentLines lines = document.lines();
        List<ParsedGoal> goals = new ArrayList<>();
        List<ParsedIndicator> indicators = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>(reading.warnings());
        for (int g = 0; g < reading.goals().size(); g++) {
            GoalStructure goal = reading.goals().get(g);
            int number = g + 1;
            goals.add(new ParsedGoal(number, goal.title(), lines.source(goal.line())));
            indicators.addAll(indicators(IndicatorKind.STEERING_PARAMETER, number, goal.steeringParameters(), year, lines));
            indicators.addAll(indicators(IndicatorKind.KEY_FIGURE, number, goal.keyFigures(), year, lines));
            long requirements = goal.resultRequirements().size()
                    + goal.steeringParameters().stream().mapToLong(p -> p.requirements().size()).sum();
            if (requirements > 0) {
                warnings.add(new ImportWarning(goal.line(), "Goal " + number + " has " + requirements
                        + " result requirements (resultatkrav/prestasjonskrav); they are not imported as indicators"));
            }
        }
        return new ParsedIndicatorDocument(IndicatorDocumentKind.ALLOCATION_LETTER, year, identity.title(),
                goals, indicators, List.of(), warnings);
    }

    private static List<ParsedIndicator> indicators(IndicatorKind kind, int goal, List<GoalItem> items, int year,
            DocumentLines lines) {
        List<ParsedIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            GoalItem item = items.get(i);
            indicators.add(new ParsedIndicator(kind, goal, i + 1, item.text(), item.subItems(),
                    IndicatorTextKey.of(item.text()), year, lines.source(item.line())));
        }
        return indicators;
    }
}
