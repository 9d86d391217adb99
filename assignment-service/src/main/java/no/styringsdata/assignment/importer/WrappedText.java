package no.styringsdata.assignment.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.styringsdata.platform.importing.DocumentLines;

/** Joins lines that the PDF extraction wrapped, on top of {@link DocumentLines#joinWrapped}. */
final class WrappedText {

    /**
     * A line ending in a hyphen that belongs to the word: a short prefix ("e-" + "sigaretter") or an
     * acronym ("ROS-" + "analyser"). joinWrapped would take these for hyphenation and drop the hyphen.
     */
    private static final Pattern KEPT_HYPHEN = Pattern.compile("(?:^|[\\s(/])(?:\\p{Ll}{1,2}|\\p{Lu}{2,}[\\p{Lu}\\d]*)-$");
    /** A year range wrapped after its dash: "(2024–" + "2025)". */
    private static final Pattern OPEN_RANGE = Pattern.compile("\\d[–-]$");
    /** Words wrapped after a slash: "oversikt/" + "kartlegging". */
    private static final Pattern OPEN_SLASH = Pattern.compile("\\p{L}/$");

    /** Words a title or sentence cannot end on: when a line ends with one, the next line continues it. */
    private static final Set<String> CONNECTORS = Set.of("og", "eller", "samt", "for", "i", "av", "til", "med",
            "om", "på", "mot", "fra", "ved", "som", "blant", "innen", "under", "etter", "over", "en", "et", "ei",
            "de", "den", "det", "å", "at", "the", "of", "–", "-");

    private WrappedText() {
    }

    static String join(List<String> lines) {
        List<String> merged = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && keepsHyphen(merged.get(last), line)) {
                merged.set(last, merged.get(last) + line);
            } else {
                merged.add(line);
            }
        }
        return DocumentLines.joinWrapped(merged);
    }

    private static boolean keepsHyphen(String previous, String next) {
        return KEPT_HYPHEN.matcher(previous).find() && Character.isLetter(next.charAt(0))
                || OPEN_RANGE.matcher(previous).find() && Character.isDigit(next.charAt(0))
                || OPEN_SLASH.matcher(previous).find() && Character.isLetter(next.charAt(0));
    }

    /** True when the text ends on a word or sign after which the sentence or title must go on. */
    static boolean endsWithConnector(String text) {
        String stripped = text.strip();
        if (stripped.endsWith(",") || stripped.endsWith("/")) {
            return true;
        }
        int space = stripped.lastIndexOf(' ');
        return CONNECTORS.contains(stripped.substring(space + 1).toLowerCase());
    }

    static boolean startsLowercase(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0));
    }
}
