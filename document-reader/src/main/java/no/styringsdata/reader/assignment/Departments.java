package no.styringsdata.reader.assignment;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ministry's department codes (FHA, KTA, SHA, DIG, HRA, ...) and the ways the letters introduce
 * them: {@code Avd. HOD: FHA}, {@code Avd.HOD: DIG}, {@code Avd. HOD SHA}, {@code Eieravdeling HOD: FHA},
 * {@code Ansvarlig avdeling: SHA}; several as {@code KTA/SHA/ FHA}, {@code KTA, SHA}, {@code DIG og KTA}.
 */
final class Departments {

    private static final String CODE = "\\p{Lu}{2,5}(?![\\p{L}\\d@])";
    private static final String SEPARATOR = "(?:\\s*[,/]\\s*|\\s+og\\s+)";
    private static final String LIST = CODE + "(?:" + SEPARATOR + CODE + ")*";

    /** The words before the codes; "HOD" (the ministry) is optional, and so is the colon. */
    static final Pattern MARKER = Pattern.compile(
            "(?iu:(?:ansvarlig\\s+|eier)?avdeling|avd)(?:\\.|(?!\\p{L}))\\s*(?i:HOD\\b)?\\s*:?\\s*");
    /** Codes at the start of a text, possibly left open by a trailing separator ("KTA,"). */
    private static final Pattern LEADING = Pattern.compile("(" + LIST + ")(\\s*[,/])?\\s*");
    /** A line that only continues the codes of the line before: "og KTA", "SHA, FHA, DIG". */
    private static final Pattern CONTINUATION = Pattern.compile("\\s*(?:og\\s+|[,/]\\s*)?(" + LIST + ")\\s*([,/])?\\s*");
    /** A line of its own naming the department: "Ansvarlig avdeling: SHA". */
    private static final Pattern LINE = Pattern.compile("\\s*" + MARKER.pattern() + "(" + LIST + ")\\s*\\.?\\s*");

    /** Codes read from the start of a text, with what follows them. */
    record Leading(List<String> codes, boolean leftOpen, String rest) {
    }

    private Departments() {
    }

    static Leading leading(String text) {
        Matcher m = LEADING.matcher(text);
        if (!m.lookingAt()) {
            return new Leading(List.of(), false, text.strip());
        }
        return new Leading(split(m.group(1)), m.group(2) != null, text.substring(m.end()).strip());
    }

    /** The codes of a line that continues a department list, or an empty list when it does not. */
    static Leading continuation(String line, boolean listIsOpen) {
        Matcher m = CONTINUATION.matcher(line);
        if (!m.matches()) {
            return new Leading(List.of(), false, line);
        }
        boolean startsWithSeparator = !line.strip().startsWith(m.group(1));
        if (!listIsOpen && !startsWithSeparator) {
            return new Leading(List.of(), false, line);
        }
        return new Leading(split(m.group(1)), m.group(2) != null, "");
    }

    /** The codes of a line such as "Ansvarlig avdeling: SHA", or an empty list. */
    static List<String> ownLine(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? split(m.group(1)) : List.of();
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
