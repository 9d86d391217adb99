package no.styringsdata.testing.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of the real letters' assignments made in test code, to prove that the assignment reader finds
 * assignments by structure and not by the 2025 spelling: ids in labelled fields, in the older
 * {@code ID: TB2021-01 Eieravdeling HOD:} form, spaced and with en dashes, no ids at all, renamed
 * "Oppdrag" headings, and a section of carried-over assignments with other prefixes and combined ids.
 * Each works on the lines that start with an id ({@code TB2025-43 Avd. HOD: SHA Title}), as the letters
 * write them.
 */
public final class AssignmentVariants {

    /** A line that starts with an assignment id: indent, prefix, year, number, the rest (empty or upper case first). */
    private static final Pattern ID_LINE =
            Pattern.compile("(\\s*)(T?TB)(\\d{4})\\s*[-–]\\s*(\\d{1,3})(?!\\d)((?:\\s+\\p{Lu}.*)?\\s*)");
    /** A numbered "Oppdrag" sub-heading: "3.1.3. Oppdrag". */
    private static final Pattern ASSIGNMENTS_HEADING = Pattern.compile("(\\s*\\d+\\.\\d+\\.\\d+\\.?\\s+)Oppdrag(\\s*)");
    private static final Pattern DEPARTMENT_MARKER = Pattern.compile("^\\s*Avd\\.?\\s*HOD\\b");
    private static final Pattern SECTION = Pattern.compile("\\s*\\d+\\.\\d+(?:\\.\\d+)?\\.?\\s+\\p{Lu}.*");
    private static final Pattern CHAPTER_4 = Pattern.compile("\\s*4\\.?\\s+Budsjettildeling\\s*");

    private AssignmentVariants() {
    }

    /** One id line of a letter, taken apart. */
    public record IdLine(String indent, String prefix, int year, int number, String rest) {

        /** The rest without its leading space: "Avd. HOD: SHA Ventetidsløftet". */
        public String restStripped() {
            return rest.strip();
        }
    }

    /** Every id line rewritten into zero or more lines; the other lines stay as they are. */
    public static String rewriteIdLines(String text, BiFunction<IdLine, Integer, List<String>> rewrite) {
        List<String> out = new ArrayList<>();
        int position = 0;
        for (String line : text.split("\n", -1)) {
            Matcher m = ID_LINE.matcher(line);
            if (m.matches()) {
                position++;
                out.addAll(rewrite.apply(new IdLine(m.group(1), m.group(2), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), m.group(5)), position));
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    /** "Oppdrag nr.: TB2025-43 Avd. HOD: SHA Ventetidsløftet": the id labelled on its own line. Keeps line numbers. */
    public static String labelledOnTheIdLine(String text) {
        return rewriteIdLines(text, (id, n) -> List.of(id.indent() + "Oppdrag nr.: " + id.prefix() + id.year() + "-"
                + id.number() + id.rest()));
    }

    /** "ID:" on a line of its own, the id on the next line. Adds one line per assignment. */
    public static String labelAboveTheId(String text) {
        return rewriteIdLines(text, (id, n) -> List.of("ID:", id.indent() + id.prefix() + id.year() + "-" + id.number()
                + id.rest()));
    }

    /**
     * "Oppdrag nr.: TB2025-43" alone, the department and title on the next line ("Avd. HOD: SHA
     * Ventetidsløftet"). Adds one line per assignment.
     */
    public static String idAndFieldsOnSeparateLines(String text) {
        return rewriteIdLines(text, (id, n) -> id.restStripped().isEmpty()
                ? List.of("Oppdrag nr.: " + id.prefix() + id.year() + "-" + id.number())
                : List.of("Oppdrag nr.: " + id.prefix() + id.year() + "-" + id.number(), id.restStripped()));
    }

    /** The older form: "ID: TB2025-07 Eieravdeling HOD: FHA Title", numbers with two digits. Keeps line numbers. */
    public static String olderForm(String text) {
        return rewriteIdLines(text, (id, n) -> List.of(id.indent() + "ID: " + id.prefix() + id.year() + "-"
                + String.format("%02d", id.number()) + " "
                + DEPARTMENT_MARKER.matcher(id.restStripped()).replaceFirst("Eieravdeling HOD")));
    }

    /** Spaced ids, "TB2025 – 7" and "TB2025 - 8" in turn, as the supplementary letter writes them. Keeps line numbers. */
    public static String spacedAndEnDashIds(String text) {
        return rewriteIdLines(text, (id, n) -> List.of(id.indent() + id.prefix() + id.year() + (n % 2 == 0 ? " – " : " - ")
                + id.number() + id.rest()));
    }

    /** No ids at all: each id line keeps what follows its id ("Avd. HOD: FHA Title"). Keeps line numbers. */
    public static String withoutIds(String text) {
        return rewriteIdLines(text, (id, n) -> List.of(id.indent() + id.restStripped()));
    }

    /** The "3.x.y. Oppdrag" sub-headings renamed, in turn, "Oppdrag for 2025", "Nye oppdrag" and "Oppdrag i 2025:". */
    public static String renamedAssignmentHeadings(String text) {
        List<String> names = List.of("Oppdrag for 2025", "Nye oppdrag", "Oppdrag i 2025:");
        List<String> out = new ArrayList<>();
        int renamed = 0;
        for (String line : text.split("\n", -1)) {
            Matcher m = ASSIGNMENTS_HEADING.matcher(line);
            out.add(m.matches() ? m.group(1) + names.get(renamed++ % names.size()) + m.group(2) : line);
        }
        return String.join("\n", out);
    }

    /** A carried-over assignment: the lines of one of the letter's own assignments under an id of an earlier letter. */
    public record CarriedOver(int copiedNumber, String idText) {
    }

    /** The carried-over assignments {@link #withCarriedOverSection(String)} adds. */
    public static final List<CarriedOver> CARRIED_OVER = List.of(
            new CarriedOver(1, "TTB2024-60"),
            new CarriedOver(9, "TB2023-25 og TB2023-26"),
            new CarriedOver(23, "TB2024-12/TB2025-3"),
            new CarriedOver(39, "STB2023-7"),
            new CarriedOver(54, "TB2022 – 33 og 34"));

    /**
     * The main letter with a section "3.14 Oppdrag som ikke er gjennomført og videreføres" before chapter 4,
     * holding copies of {@link #CARRIED_OVER}'s assignments of the letter (id line to the next id line or
     * section) under the other ids, with other prefixes, combined, incomplete and spaced.
     */
    public static String withCarriedOverSection(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> section = new ArrayList<>(List.of("3.14. Oppdrag som ikke er gjennomført og videreføres", ""));
        for (CarriedOver carried : CARRIED_OVER) {
            int start = idLineOf(lines, carried.copiedNumber());
            Matcher first = ID_LINE.matcher(lines.get(start));
            if (!first.matches()) {
                throw new IllegalStateException("no id line for " + carried);
            }
            section.add(carried.idText() + first.group(5));
            for (int i = start + 1; i < lines.size() && !ID_LINE.matcher(lines.get(i)).matches()
                    && !SECTION.matcher(lines.get(i)).matches(); i++) {
                section.add(lines.get(i));
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (CHAPTER_4.matcher(line).matches()) {
                out.addAll(section);
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static int idLineOf(List<String> lines, int number) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ID_LINE.matcher(lines.get(i));
            if (m.matches() && Integer.parseInt(m.group(4)) == number) {
                return i;
            }
        }
        throw new IllegalArgumentException("no assignment numbered " + number);
    }
}
