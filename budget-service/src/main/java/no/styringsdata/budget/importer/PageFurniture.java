package no.styringsdata.budget.importer;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentLines;

/**
 * The running heads of a proposition's pages ({@code 2025–2026 Prop. 1 S 89} or
 * {@code 76 Prop. 1 S 2025–2026}, then the ministry on the next line), which the text extraction
 * leaves wherever a page broke, also inside tables.
 *
 * @param lines      the lines that are page furniture
 * @param session    the parliamentary session most heads give ("2025–2026"), or null
 * @param department the ministry the heads name, or null
 */
record PageFurniture(BitSet lines, String session, String department) {

    private static final Pattern ODD_PAGE = Pattern.compile("^\\s*(\\d{4})[–-](\\d{4})\\s+Prop\\.\\s+\\d+\\s+S\\s+\\d+\\s*$");
    private static final Pattern EVEN_PAGE = Pattern.compile("^\\s*\\d+\\s+Prop\\.\\s+\\d+\\s+S\\s+(\\d{4})[–-](\\d{4})\\s*$");

    static PageFurniture of(DocumentLines lines) {
        BitSet furniture = new BitSet(lines.size() + 1);
        Map<String, Integer> sessions = new HashMap<>();
        Map<String, Integer> departments = new HashMap<>();
        for (int i = 1; i <= lines.size(); i++) {
            if (!lines.line(i).contains("Prop.")) {
                continue;
            }
            Matcher head = ODD_PAGE.matcher(lines.line(i));
            if (!head.matches()) {
                head = EVEN_PAGE.matcher(lines.line(i));
            }
            if (head.matches()) {
                furniture.set(i);
                sessions.merge(head.group(1) + "–" + head.group(2), 1, Integer::sum);
                if (i < lines.size() && !lines.line(i + 1).isBlank()) {
                    departments.merge(lines.line(i + 1).strip(), 1, Integer::sum);
                }
            }
        }
        String department = mostCommon(departments);
        for (int i = furniture.nextSetBit(0); i >= 0 && i < lines.size(); i = furniture.nextSetBit(i + 1)) {
            if (lines.line(i + 1).strip().equals(department)) {
                furniture.set(++i);
            }
        }
        return new PageFurniture(furniture, mostCommon(sessions), department);
    }

    /** The budget year the session ends in: 2026 for "2025–2026"; null where no head was found. */
    Integer budgetYear() {
        return session == null ? null : Integer.valueOf(session.substring(5));
    }

    private static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
