package no.styringsdata.indicator.importer;

import java.util.List;
import no.styringsdata.reader.text.SourceLine;

/**
 * A steering parameter, key figure or result requirement as the document words it.
 *
 * @param goal the goal's number in this document; null for the agency's key-figure table
 * @param text the text as written, wrapped lines joined and hyphenation repaired
 * @param subItems the bullets under its bullet (letter), in order; empty when none
 * @param requirements a steering parameter's prestasjonskrav (the performance required of it), in order;
 *     empty when none, and always for the other kinds
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
        List<String> requirements,
        String textKey,
        int year,
        SourceLine source) {

    public ParsedIndicator {
        subItems = List.copyOf(subItems);
        requirements = List.copyOf(requirements);
        if (!requirements.isEmpty() && kind != IndicatorKind.STEERING_PARAMETER) {
            throw new IllegalArgumentException("Only a steering parameter has prestasjonskrav, not a " + kind.wireName());
        }
    }

    /** An indicator without prestasjonskrav (every key figure and result requirement, and most steering parameters). */
    public ParsedIndicator(IndicatorKind kind, Integer goal, int number, String text, List<String> subItems,
            String textKey, int year, SourceLine source) {
        this(kind, goal, number, text, subItems, List.of(), textKey, year, source);
    }

    public IndicatorRef ref() {
        return new IndicatorRef(goal, kind, number);
    }
}
