package no.styringsdata.reader.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line an assignment starts on: its id or ids, then the department(s) and the start of the title where
 * the line has them. Seen: {@code TB2025-43 Avd. HOD: SHA Ventetidsløftet}, {@code TB2025 – 85 Avd. HOD:
 * FHA Utrede ...}, {@code TB2025 - 81 Gjennomgang av ...}, {@code ID: TB2021-01 Eieravdeling HOD: FHA ...},
 * {@code TB2025-4 Avd. HOD:} (departments and title on the next lines), {@code Oppdrag nr.: TB2025-43 ...},
 * {@code TB2023-25 og TB2023-26 ...}, {@code TB2024-12/TB2025-3 ...}; and, in a letter without ids, a line
 * led by the department ({@code Avd. HOD: FHA Sykdomsbyrde ...}).
 *
 * @param ids              the ids, the first the assignment's own; empty for a line led by the department
 * @param departmentMarker true when the line introduces departments ("Avd. HOD:")
 * @param departmentsOpen  true when the department list goes on on the next line ("Avd. HOD:", "KTA,")
 * @param departmentLost   true when the list ends with a separator but a title follows ("KTA,  Opptrapping...")
 * @param titleStart       the start of the title, empty when the line has none
 */
record AssignmentHeader(List<AssignmentId> ids, boolean departmentMarker, List<String> departments,
        boolean departmentsOpen, boolean departmentLost, String titleStart) {

    /** An id's prefix (TB, TTB, or another series' letters), year and number; the dash may be spaced or an en dash. */
    static final String ID = "(\\p{Lu}{1,4})\\s?-?\\s?((?:19|20)\\d{2})\\s*[-–—]\\s*(\\d{1,3})(?!\\d)";
    /** A label before the id: "ID:", "Oppdrag nr.:", "Oppdragsnummer". */
    static final String LABEL = "(?iu:id|oppdrag(?:s)?\\s*-?\\s*(?:nr\\.?|nummer|id))\\s*:?";
    private static final Pattern START = Pattern.compile("\\s*(?:" + LABEL + "\\s*)?" + ID + "(.*)");
    /** A label on a line of its own, its id on the next line. */
    private static final Pattern LABEL_ONLY = Pattern.compile("\\s*" + LABEL + "\\s*");
    /**
     * A further id of the same heading: "og TB2023-26", "/TB2025-3", ", TTB2024-5", and without prefix and
     * year "og 26", "/26", "og -26" (incomplete: they take the first id's).
     */
    private static final Pattern MORE = Pattern.compile(
            "\\s*(?:/|,|&|\\bog\\b)\\s*(?:" + ID + "|[-–]?\\s*(\\d{1,3})(?![\\d.,]))");

    static Optional<AssignmentHeader> parse(String line) {
        Matcher m = START.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<AssignmentId> ids = new ArrayList<>();
        AssignmentId first = new AssignmentId(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        ids.add(first);
        String rest = m.group(4);
        Matcher more = MORE.matcher(rest);
        while (more.lookingAt()) {
            ids.add(more.group(1) != null
                    ? new AssignmentId(more.group(1), Integer.parseInt(more.group(2)), Integer.parseInt(more.group(3)))
                    : new AssignmentId(first.prefix(), first.year(), Integer.parseInt(more.group(4))));
            rest = rest.substring(more.end());
            more = MORE.matcher(rest);
        }
        rest = rest.strip();
        // A reference at the start of a text line ("TB2023-30. Milepælsplan", "TB2024-18 og ...") is no header.
        if (!rest.isEmpty() && !Character.isUpperCase(rest.codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(withDepartments(List.copyOf(ids), rest));
    }

    /** A line led by the department marker ("Avd. HOD: FHA Sykdomsbyrde ...", "Avd. HOD:"), for letters without ids. */
    static Optional<AssignmentHeader> parseDepartmentLed(String line) {
        Matcher marker = Departments.MARKER.matcher(line.strip());
        if (!marker.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(withDepartments(List.of(), line.strip()));
    }

    /** True for a line that holds only a label ("ID:", "Oppdrag nr.:"): the id is on the next line. */
    static boolean isLabelOnly(String line) {
        return LABEL_ONLY.matcher(line).matches();
    }

    private static AssignmentHeader withDepartments(List<AssignmentId> ids, String rest) {
        Matcher marker = Departments.MARKER.matcher(rest);
        if (!marker.lookingAt()) {
            return new AssignmentHeader(ids, false, List.of(), false, false, rest);
        }
        Departments.Leading codes = Departments.leading(rest.substring(marker.end()));
        boolean open = codes.codes().isEmpty() || codes.leftOpen() && codes.rest().isEmpty();
        boolean lost = codes.leftOpen() && !codes.rest().isEmpty();
        return new AssignmentHeader(ids, true, codes.codes(), open, lost, codes.rest());
    }

    /** True when the line gives no id (a department-led line). */
    boolean idless() {
        return ids.isEmpty();
    }

    /** One assignment id: {@code TB2025-43} is prefix TB, year 2025, number 43. */
    record AssignmentId(String prefix, int year, int number) {

        /** Normalised: no spaces, a hyphen, the number without leading zeros. */
        String id() {
            return prefix + year + "-" + number;
        }
    }
}
