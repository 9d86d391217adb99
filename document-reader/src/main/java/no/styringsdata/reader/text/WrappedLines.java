package no.styringsdata.reader.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins lines that the PDF extraction wrapped into one text: words hyphenated across lines are
 * repaired ("bevilg-" + "ningen" is "bevilgningen") and real hyphens are kept: before a conjunction
 * ("helse- og omsorg"), after an acronym ("ROS-" + "analyser"), before digits ("covid-" + "19"), after a
 * one-letter prefix ("e-" + "sigaretter"), in a year range ("2024–" + "2025") and after a slash.
 */
public final class WrappedLines {

    /** A line ending in a hyphen that belongs to the word: a one-letter prefix or an acronym. */
    private static final Pattern KEPT_HYPHEN =
            Pattern.compile("(?:^|[\\s(/])(?:\\p{Ll}|\\p{Lu}{2,}[\\p{Lu}\\d]*)-$");
    /** A word hyphenated at the line's end: a letter, then the hyphen. */
    private static final Pattern OPEN_WORD = Pattern.compile("\\p{L}-$");
    /** A year range or number wrapped after its dash: "(2024–" + "2025)". */
    private static final Pattern OPEN_RANGE = Pattern.compile("\\d[–-]$");
    /** Words wrapped after a slash: "oversikt/" + "kartlegging". */
    private static final Pattern OPEN_SLASH = Pattern.compile("\\p{L}/$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Words a title or sentence cannot end on: when a line ends with one, the next line continues it. */
    private static final Set<String> CONNECTORS = Set.of("og", "eller", "samt", "for", "i", "av", "til", "med",
            "om", "på", "mot", "fra", "ved", "som", "blant", "innen", "under", "etter", "over", "en", "et", "ei",
            "de", "den", "det", "å", "at", "the", "of", "–", "-");
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "og/eller", "samt");

    private WrappedLines() {
    }

    /** The lines as one text, single-spaced; blank lines are skipped. */
    public static String join(Iterable<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                switch (seam(joined, line)) {
                    case REPAIR -> joined.setLength(joined.length() - 1);
                    case CLOSE -> { }
                    case SPACE -> joined.append(' ');
                }
            }
            joined.append(line);
        }
        return SPACES.matcher(joined).replaceAll(" ").strip();
    }

    private enum Seam { REPAIR, CLOSE, SPACE }

    /** How the end of {@code before} and {@code next} meet. */
    private static Seam seam(CharSequence before, String next) {
        char first = next.charAt(0);
        String tail = tail(before);
        if (OPEN_RANGE.matcher(tail).find() && Character.isDigit(first)
                || OPEN_SLASH.matcher(tail).find() && Character.isLetter(first)) {
            return Seam.CLOSE;
        }
        if (!OPEN_WORD.matcher(tail).find()) {
            return Seam.SPACE;
        }
        // a word is never hyphenated into digits: "covid-" + "19"
        if (Character.isDigit(first) || KEPT_HYPHEN.matcher(tail).find() && Character.isLetter(first)) {
            return Seam.CLOSE;
        }
        String firstWord = next.split("\\s", 2)[0];
        return Character.isLowerCase(first) && !CONJUNCTIONS.contains(firstWord) ? Seam.REPAIR : Seam.SPACE;
    }

    private static String tail(CharSequence text) {
        int from = Math.max(0, text.length() - 40);
        return text.subSequence(from, text.length()).toString();
    }

    /** True when the text ends on a word or sign after which the sentence or title must go on. */
    public static boolean endsWithConnector(String text) {
        String stripped = text.strip();
        if (stripped.endsWith(",") || stripped.endsWith("/")) {
            return true;
        }
        int space = stripped.lastIndexOf(' ');
        return CONNECTORS.contains(Text.lower(stripped.substring(space + 1)));
    }

    /** True when the text's first character is a lower-case letter: it continues the line before. */
    public static boolean startsLowercase(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0));
    }
}
