package no.styringsdata.indicator.importer;

import java.util.List;
import no.styringsdata.reader.text.SourceLine;

/**
 * A hovedmål, or the goal of an area. In the letter the number is its position among the letter's goals
 * (3.N for numbered hovedmål); the annual report does not number its goals, so there it is their order
 * in the report.
 *
 * @param area          the area heading as written ("Hovedområde 1") when the letter organises its goals by
 *                      area; null otherwise (and always in the report)
 * @param longTermGoals the area's long-term goals (langsiktige mål), in order; empty when none
 */
public record ParsedGoal(int number, String title, String area, List<String> longTermGoals, SourceLine source) {

    public ParsedGoal {
        longTermGoals = List.copyOf(longTermGoals);
    }

    /** A goal of no area and no long-term goals (a numbered hovedmål, or the report's). */
    public ParsedGoal(int number, String title, SourceLine source) {
        this(number, title, null, List.of(), source);
    }
}
