package no.styringsdata.reader.structure;

/**
 * A heading of the document and the lines under it, up to the next heading of the same or a higher
 * level.
 *
 * @param number  the heading's number as written without a final dot ("3.1.3", "4", "II" for "Del II"),
 *                or null for an unnumbered heading ("TILDELING")
 * @param heading the heading's text without its number, wrapped lines joined
 * @param level   1 for a chapter or part ("4 Budsjettildeling", "Del I"), 2 for "4.1", and so on
 * @param line    the line of the heading
 * @param endLine the last line of the section (the document's last line for the last section)
 */
public record Section(String number, String heading, int level, int line, int endLine) {

    /** True when the line lies under this heading (the heading's own line included). */
    public boolean contains(int lineNumber) {
        return lineNumber >= line && lineNumber <= endLine;
    }
}
