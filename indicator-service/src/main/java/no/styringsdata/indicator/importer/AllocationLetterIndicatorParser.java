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
 * The goals of a tildelingsbrev, as the document reader reads them ({@link GoalReader}), mapped to what the
 * indicator service stores, whatever the letter's layout (numbered hovedmål, goals per area, lettered
 * virksomhetsmål): a goal keeps its area heading and its long-term goals (langsiktige mål); its steering
 * parameters, key figures and result requirements (resultatkrav) become indicators, and a steering
 * parameter keeps its prestasjonskrav (their texts, in order). A goal's number is its position in the
 * letter, an indicator's its position in its goal's list of its kind.
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
            goals.add(new ParsedGoal(number, goal.title(), goal.area(), texts(goal.longTermGoals()),
                    lines.source(goal.line())));
            indicators.addAll(indicators(IndicatorKind.STEERING_PARAMETER, number, goal.steeringParameters(), year, lines));
            indicators.addAll(indicators(IndicatorKind.KEY_FIGURE, number, goal.keyFigures(), year, lines));
            indicators.addAll(indicators(IndicatorKind.RESULT_REQUIREMENT, number, goal.resultRequirements(), year, lines));
        }
        return new ParsedIndicatorDocument(IndicatorDocumentKind.ALLOCATION_LETTER, year, identity.title(),
                goals, indicators, List.of(), warnings);
    }

    private static List<ParsedIndicator> indicators(IndicatorKind kind, int goal, List<GoalItem> items, int year,
            DocumentLines lines) {
        List<ParsedIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            GoalItem item = items.get(i);
            // the reader gives prestasjonskrav under steering parameters only
            List<String> requirements = kind == IndicatorKind.STEERING_PARAMETER ? texts(item.requirements()) : List.of();
            indicators.add(new ParsedIndicator(kind, goal, i + 1, item.text(), item.subItems(), requirements,
                    IndicatorTextKey.of(item.text()), year, lines.source(item.line())));
        }
        return indicators;
    }

    /** The items' texts: a long-term goal or prestasjonskrav is stored as its text (the reader gives them no sub-items). */
    private static List<String> texts(List<GoalItem> items) {
        return items.stream().map(GoalItem::text).toList();
    }
}
