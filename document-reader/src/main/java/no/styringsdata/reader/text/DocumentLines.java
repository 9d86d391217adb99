package no.styringsdata.reader.text;

import java.util.List;

/**
 * A document's text as lines, numbered from 1 as an editor shows them, so that every figure can
 * point back to where it was read. The text is {@linkplain Text#normalise normalised} first; the
 * line numbers are those of the text as sent.
 */
public final class DocumentLines {

    private final List<String> lines;

    private DocumentLines(List<String> lines) {
        this.lines = lines;
    }

    /**
     * @throws DocumentFormatException when a line holds a NUL character: no text document holds one,
     *                                 and PostgreSQL refuses to store it
     */
    public static DocumentLines of(String text) {
        List<String> lines = Text.normalise(text).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\u0000') >= 0) {
                throw new DocumentFormatException("line " + (i + 1) + " holds a NUL character: not a text document", i + 1);
            }
        }
        return new DocumentLines(lines);
    }

    /** Number of lines. */
    public int size() {
        return lines.size();
    }

    /** The line with the given 1-based number. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    /** The line as a source reference, trimmed. */
    public SourceLine source(int number) {
        return new SourceLine(number, line(number).strip());
    }

    public List<String> all() {
        return lines;
    }

    /**
     * The first line from {@code from} on that holds text and is not {@linkplain PageFurniture page furniture};
     * 0 if none.
     */
    public int nextContentLine(int from) {
        for (int n = Math.max(from, 1); n <= size(); n++) {
            if (isContent(n)) {
                return n;
            }
        }
        return 0;
    }

    /** The last line up to {@code from} that holds text and is not page furniture; 0 if none. */
    public int previousContentLine(int from) {
        for (int n = Math.min(from, size()); n >= 1; n--) {
            if (isContent(n)) {
                return n;
            }
        }
        return 0;
    }

    private boolean isContent(int number) {
        return !line(number).isBlank() && !PageFurniture.is(line(number));
    }

    /** Lines {@code from} to {@code to} (1-based, both included) joined as {@link WrappedLines#join} joins them. */
    public String joined(int from, int to) {
        return WrappedLines.join(lines.subList(from - 1, to));
    }
}
