package no.styringsdata.reader.table;

import java.util.List;
import no.styringsdata.reader.text.WrappedLines;

/** The text of a narrow table cell that wrapped over several lines. */
final class CellText {

    private CellText() {
    }

    /**
     * Joins the lines of a cell. Where the text keeps the space that ends a wrapped line
     * ({@code brokenWordsShow}), a line without it was broken inside a word ("overslagsbevilgnin" + "g") and
     * is glued to the next; hyphens are repaired as {@link WrappedLines#join} does, except after a one-letter
     * word ("e-" + "sigaretter").
     */
    static String join(List<String> rawParts, boolean brokenWordsShow) {
        StringBuilder joined = new StringBuilder();
        String previousRaw = null;
        for (String raw : rawParts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                boolean brokenWord = brokenWordsShow
                        && !Character.isWhitespace(previousRaw.charAt(previousRaw.length() - 1));
                char last = joined.charAt(joined.length() - 1);
                if (brokenWord && Character.isLetter(last) && Character.isLowerCase(part.charAt(0))
                        || brokenWord && last == '-' && afterOneLetterWord(joined)) {
                    joined.append(part);
                } else {
                    String repaired = WrappedLines.join(List.of(joined.toString(), part));
                    joined.setLength(0);
                    joined.append(repaired);
                }
            } else {
                joined.append(part);
            }
            previousRaw = raw;
        }
        return joined.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether the lines keep the space that ends a wrapped line, so that a line without it shows a word broken
     * inside the cell; texts whose lines were stripped do not tell.
     */
    static boolean lineEndsShowBrokenWords(List<String> lines) {
        long withText = lines.stream().filter(l -> !l.isBlank()).count();
        long withSpace = lines.stream().filter(l -> !l.isBlank() && Character.isWhitespace(l.charAt(l.length() - 1)))
                .count();
        return withSpace * 2 > withText;
    }

    private static boolean afterOneLetterWord(CharSequence text) {
        int length = text.length();
        return length >= 2 && Character.isLetter(text.charAt(length - 2))
                && (length == 2 || !Character.isLetter(text.charAt(length - 3)));
    }
}
