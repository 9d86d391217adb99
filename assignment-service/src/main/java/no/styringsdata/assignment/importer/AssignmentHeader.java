package no.styringsdata.assignment.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line an assignment starts on: its id, then the department(s) and the start of the title where
 * the line has them. Seen: {@code TB2025-43 Avd. HOD: SHA Ventetidsløftet}, {@code TB2025 – 85 Avd. HOD:
 * FHA Utrede ...}, {@code TB2025 - 81 Gjennomgang av ...}, {@code ID: TB2021-01 Eieravdeling HOD: FHA ...},
 * {@code TB2025-4 Avd. HOD:} (departments and title on the next lines).
 *
 * @param departmentMarker true when the line introduces departments ("Avd. HOD:")
 * @param departmentsOpen  true when the department list goes on on the next line ("Avd. HOD:", "KTA,")
 * @param departmentLost   true when the list ends with a separator but a title follows ("KTA,  Opptrapping...")
 * @param titleStart       the start of the title, empty when the line has none
 */
record AssignmentHeader(String prefix, int year, int number, boolean departmentMarker, List<String> departments,
        boolean departmentsOpen, boolean departmentLost, String titleStart) {

    /** An id at the start of a line; the dash may be spaced or an en dash, "ID:" may come first. */
    private static final Pattern START = Pattern.compile(
            "\\s*(?:ID\\s*:?\\s*)?(T?TB)\\s?-?\\s?((?:19|20)\\d{2})\\s*[-–—]\\s*(\\d{1,3})(?!\\d)(.*)");

    static Optional<AssignmentHeader> parse(String line) {
        Matcher m = START.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(4).strip();
        // A reference at the start of a text line ("TB2023-30. Milepælsplan", "TB2024-18 og ...") is no header.
        if (!rest.isEmpty() && !Character.isUpperCase(rest.codePointAt(0))) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        int year = Integer.parseInt(m.group(2));
        int number = Integer.parseInt(m.group(3));
        Matcher marker = Departments.MARKER.matcher(rest);
        if (!marker.lookingAt()) {
            return Optional.of(new AssignmentHeader(prefix, year, number, false, List.of(), false, false, rest));
        }
        Departments.Leading codes = Departments.leading(rest.substring(marker.end()));
        boolean open = codes.codes().isEmpty() || codes.leftOpen() && codes.rest().isEmpty();
        boolean lost = codes.leftOpen() && !codes.rest().isEmpty();
        return Optional.of(new AssignmentHeader(prefix, year, number, true, codes.codes(), open, lost, codes.rest()));
    }

    String id() {
        return id(prefix, year, number);
    }

    static String id(String prefix, int year, int number) {
        return prefix + year + "-" + number;
    }
}
