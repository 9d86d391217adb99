package no.styringsdata.indicator.importer;

import no.styringsdata.reader.text.SourceLine;

/**
 * A hovedmål. In the letter the number is the section's (3.N); the annual report does not number
 * its goals, so there it is their order in the report.
 */
public record ParsedGoal(int number, String title, SourceLine source) {
}
