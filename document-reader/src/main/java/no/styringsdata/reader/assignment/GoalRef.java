package no.styringsdata.reader.assignment;

/**
 * The hovedmål (main goal) section an assignment sits under, read from the document's outline.
 *
 * @param number  the goal's number: the one a heading gives ("Hovedmål 2: ..."), else the section's last
 *                number (13 for section 3.13)
 * @param section the section number as written, without the final dot ("3.13")
 * @param title   the heading without "Hovedmål N:" and without a final full stop, wrapped lines joined
 * @param line    the heading's first line
 */
public record GoalRef(int number, String section, String title, int line) {
}
