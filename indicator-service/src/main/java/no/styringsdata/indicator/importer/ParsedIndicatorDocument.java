package no.styringsdata.indicator.importer;

import java.util.List;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Everything read from one document about goals and indicators. A letter has goals and
 * indicators but no values; an annual report has all three.
 *
 * @param year the year the letter is for, or the year the report reports on
 */
public record ParsedIndicatorDocument(
        IndicatorDocumentKind kind,
        int year,
        String title,
        List<ParsedGoal> goals,
        List<ParsedIndicator> indicators,
        List<ParsedIndicatorValue> values,
        List<ImportWarning> warnings) {

    public ParsedIndicatorDocument {
        goals = List.copyOf(goals);
        indicators = List.copyOf(indicators);
        values = List.copyOf(values);
        warnings = List.copyOf(warnings);
    }
}
