package no.styringsdata.reader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.WrappedLines;

/**
 * Finds the document's outline: numbered headings ("1 Innledning", "3.1.3. Oppdrag"), parts ("Del II
 * Mål og prioriteringer") and upper-case headings ("STYRINGSDIALOG"). A numbered line is a heading
 * only where its number continues the outline (the next sibling of an open heading, or the first
 * child of the last one): numbered lists, kap./post rows, years and footnotes do not.
 */
public final class SectionReader {

    /** A heading number has no leading zero (a post "01 Driftsutgifter" is not a chapter). */
    private static final Pattern NUMBERED = Pattern.compile(
            "\\s*([1-9]\\d?(?:\\.[1-9]\\d?){0,3})\\.?\\s+(\\p{Lu}[\\p{L}\\-]+(?:[\\s,].*?)?)\\s*");
    private static final Pattern PART = Pattern.compile("\\s*(?:Del|DEL)\\s+([IVX]{1,5}|\\d{1,2})\\b\\s*[:.–-]?\\s*(.*?)\\s*");
    /** Figures of a table row: "304 141 323 186". */
    private static final Pattern FIGURES = Pattern.compile(".*\\d \\d{3}(?:\\s.*|$)");
    private static final Pattern UPPER_CASE = Pattern.compile("\\s*(\\p{Lu}[\\p{Lu}\\d\\s,\\-–/]{4,80}[\\p{Lu}\\d])\\s*:?\\s*");
    private static final int HEADING_MAX = 110;
    /** A chapter's heading is short; a longer "4. Vurdere …" is an item of a numbered list. */
    private static final int CHAPTER_HEADING_MAX = 60;
    private static final int SENTENCE_WORDS_MIN = 7;
    private static final int CONTINUATION_LINES_MAX = 2;

    private SectionReader() {
    }

    public static List<Section> read(DocumentLines lines) {
        List<Open> found = new ArrayList<>();
        int[] outline = new int[0];
        boolean numberedOutline = false;
        // the numbered items seen since the last heading: "4." after an item "3." continues the list
        int[] listItem = null;
        for (int i = 1; i <= lines.size(); i++) {
            String line = lines.line(i);
            if (line.isBlank() || line.strip().length() > HEADING_MAX) {
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches() && looksLikeHeading(numbered.group(2))) {
                int[] number = parse(numbered.group(1));
                boolean inList = listItem != null && follows(listItem, number);
                boolean fits = number.length > 1
                        || numbered.group(2).length() <= CHAPTER_HEADING_MAX && !numbered.group(2).endsWith(".");
                if (!inList && fits && continues(outline, number)) {
                    outline = number;
                    numberedOutline = true;
                    listItem = null;
                    found.add(new Open(numbered.group(1), heading(lines, i, numbered.group(2)), number.length, i));
                    continue;
                }
                if (listItem == null ? number[number.length - 1] == 1 : follows(listItem, number)) {
                    listItem = number;
                }
            }
            Matcher part = PART.matcher(line);
            if (part.matches()) {
                found.add(new Open(part.group(1).toUpperCase(java.util.Locale.ROOT), heading(lines, i, part.group(2)), 1, i));
                outline = new int[0];
                continue;
            }
            Matcher upper = UPPER_CASE.matcher(line);
            if (upper.matches() && upper.group(1).contains(" ") && !numberedOutline) {
                found.add(new Open(null, upper.group(1).strip(), 1, i));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < found.size(); s++) {
            Open open = found.get(s);
            int end = lines.size();
            for (int t = s + 1; t < found.size(); t++) {
                if (found.get(t).level <= open.level) {
                    end = found.get(t).line - 1;
                    break;
                }
            }
            sections.add(new Section(open.number, open.heading, open.level, open.line, end));
        }
        return List.copyOf(sections);
    }

    private record Open(String number, String heading, int level, int line) {
    }

    /** The next sibling at some open level, or the first child of the deepest: 3.1.3 → 3.1.4, 3.2, 4, 3.1.3.1. */
    static boolean continues(int[] outline, int[] number) {
        if (outline.length == 0) {
            return number.length == 1 && number[0] <= 2 || number.length == 2 && number[1] == 1;
        }
        if (number.length == outline.length + 1) {
            return number[number.length - 1] == 1 && samePrefix(outline, number, outline.length);
        }
        if (number.length > outline.length) {
            return false;
        }
        int last = number.length - 1;
        return number[last] == outline[last] + 1 && samePrefix(outline, number, last);
    }

    /** "3." right after a list's "2." is the list's next item, not a chapter. */
    private static boolean follows(int[] item, int[] number) {
        int last = number.length - 1;
        return item.length == number.length && number[last] == item[last] + 1 && samePrefix(item, number, last);
    }

    private static boolean samePrefix(int[] a, int[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] parse(String number) {
        String[] parts = number.split("\\.");
        int[] parsed = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            parsed[i] = Integer.parseInt(parts[i]);
        }
        return parsed;
    }

    /** Headings have no full stop inside, do not end in one after several words, and hold no figures. */
    private static boolean looksLikeHeading(String text) {
        boolean sentence = text.matches(".*\\p{Ll}\\.\\s+\\p{Lu}.*")
                || text.endsWith(".") && text.split("\\s+").length >= SENTENCE_WORDS_MIN;
        return !sentence && !FIGURES.matcher(text).matches();
    }

    /** The heading text, with the lines it wrapped onto. */
    private static String heading(DocumentLines lines, int at, String first) {
        List<String> parts = new ArrayList<>(List.of(first));
        int next = at + 1;
        int taken = 0;
        while (next <= lines.size() && taken < CONTINUATION_LINES_MAX) {
            String line = lines.line(next);
            if (line.isBlank()) {
                next++;
                continue;
            }
            boolean continues = WrappedLines.endsWithConnector(parts.get(parts.size() - 1))
                    || parts.get(parts.size() - 1).strip().endsWith("-")
                    || WrappedLines.startsLowercase(line) && line.strip().length() < HEADING_MAX;
            if (!continues) {
                break;
            }
            parts.add(line);
            taken++;
            next++;
        }
        return WrappedLines.join(parts).replaceAll("\\s*:$", "");
    }
}
