package no.styringsdata.platform.importing;

import java.util.List;

/**
 * A document's text as lines, numbered from 1 as an editor shows them, so that every figure can
 * point back to where it was read.
 */
public final class DocumentLines {

    private final List<String> lines;

    private DocumentLines(List<String> lines) {
        this.lines = lines;
    }

    public static DocumentLines of(String text) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = normalised.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\u0000') >= 0) {
                // no text document holds one, and PostgreSQL refuses to store it
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
     * Joins wrapped lines into one text, repairing words hyphenated across lines ("bevilg-" +
     * "ningen" becomes "bevilgningen") while keeping real hyphens before a conjunction
     * ("helse- og omsorg").
     */
    public static String joinWrapped(List<String> parts) {
        StringBuilder joined = new StringBuilder();
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                boolean hyphenated = joined.charAt(joined.length() - 1) == '-'
                        && joined.length() > 1 && Character.isLetter(joined.charAt(joined.length() - 2))
                        && Character.isLowerCase(part.charAt(0))
                        && !part.startsWith("og ") && !part.startsWith("eller ") && !part.equals("og");
                if (hyphenated) {
                    joined.setLength(joined.length() - 1);
                } else {
                    joined.append(' ');
                }
            }
            joined.append(part);
        }
        return joined.toString().replaceAll("\\s+", " ").strip();
    }
}
