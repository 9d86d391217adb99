package no.styringsdata.reader.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The character-level plumbing every reader needs once: Unicode normalisation of extracted PDF text
 * and case folding that does not depend on the machine's locale.
 */
public final class Text {

    private Text() {
    }

    /**
     * NFKC (ligatures such as "ﬁ" become "fi", no-break spaces become spaces, "a" + combining ring
     * becomes "å"), then drops what NFKC could not attach: stray combining marks, soft hyphens,
     * zero-width characters and a byte-order mark. Never adds or removes a line break, so line
     * numbers stay those of the original text.
     */
    public static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder clean = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (isDropped(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    && (i == 0 || !Character.isLetter(composed.charAt(i - 1)))) {
                continue;
            }
            clean.append(c);
        }
        return clean.toString();
    }

    private static boolean isDropped(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Lower case by the language-independent rules (a Turkish default locale must not change "I"). */
    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Upper case by the language-independent rules. */
    public static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /** All runs of white space, line breaks included, as one space; stripped. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
