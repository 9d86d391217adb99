package no.styringsdata.assignment.importer;

import no.styringsdata.reader.text.SourceLine;

/**
 * A hovedmål (main goal) section of a letter.
 *
 * @param number  the goal's number (13 for section 3.13)
 * @param section the section number as written, without the final dot ("3.13")
 * @param title   the heading, wrapped lines joined
 * @param source  the heading's first line
 */
public record ParsedGoal(int number, String section, String title, SourceLine source) {
}
