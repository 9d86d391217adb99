package no.styringsdata.indicator.importer;

import java.util.List;
import no.styringsdata.reader.text.SourceLine;

/**
 * A steering parameter or key figure as the document words it.
 *
 * @param goal the goal's number in this document; null for the agency's key-figure table
 * @param text the text as written, wrapped lines joined and hyphenation repaired
 * @param subItems the bullets under its bullet (letter), in order; empty when none
 * @param textKey {@link IndicatorTextKey#of(String)} of the text, to match the same indicator
 *     across letters and reports
 * @param year the year it was set for (the letter's year, or the year the report reports on)
 * @param source the line its bullet or heading starts on
 */
public record ParsedIndicator(
        IndicatorKind kind,
        Integer goal,
        int number,
        String text,
        List<String> subItems,
        String textKey,
        int year,
        SourceLine source) {

    public ParsedIndicator {
        subItems = List.copyOf(subItems);
    }

    public IndicatorRef ref() {
        return new IndicatorRef(goal, kind, number);
    }
}
