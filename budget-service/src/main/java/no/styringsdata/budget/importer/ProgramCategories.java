package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentLines;

/**
 * The programområder and programkategorier of a Prop. 1 S: their names, from the overview table
 * ({@code 10.40 Sentral helseforvaltning 5 050,2 5 063,1 0,3} under {@code Programområde 10 Helse og
 * omsorg}) and from the section headings ({@code Programkategori 10.40 Sentral helseforvaltning}), and
 * where each category's section begins.
 */
final class ProgramCategories {

    private static final Pattern AREA = Pattern.compile("^\\s*Programområde\\s+(\\d{2})\\s+(\\S.*?)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s*Programkategori\\s+(\\d{2}\\.\\d{2})\\s+(\\S.*?)\\s*$");
    /** An overview row: code, name, then amounts in millions with a decimal comma. */
    private static final Pattern OVERVIEW_ROW = Pattern.compile(
            "^\\s*(\\d{2}\\.\\d{2})\\s+(\\p{Lu}.*?)\\s+-?\\d{1,3}(?:[\\s\\u00a0]\\d{3})*,\\d(?:\\s.*)?$");

    private final Map<String, String> areaNames = new LinkedHashMap<>();
    private final Map<String, String> overviewNames = new LinkedHashMap<>();
    private final Map<String, String> headingNames = new LinkedHashMap<>();
    /** Line of each category heading, to tell which category is in force at a line. */
    private final TreeMap<Integer, String> sections = new TreeMap<>();
    private final TreeSet<String> codes = new TreeSet<>();

    static ProgramCategories read(DocumentLines lines) {
        ProgramCategories categories = new ProgramCategories();
        String area = null;
        for (int i = 1; i <= lines.size(); i++) {
            String line = lines.line(i);
            if (!line.contains("Program") && !startsWithCode(line)) {
                continue;
            }
            Matcher matcher = AREA.matcher(line);
            if (matcher.matches()) {
                area = matcher.group(1);
                categories.areaNames.putIfAbsent(area, SolvedTable.plain(matcher.group(2)).strip());
                continue;
            }
            matcher = HEADING.matcher(line);
            if (matcher.matches()) {
                categories.add(matcher.group(1), SolvedTable.plain(matcher.group(2)).strip(), categories.headingNames);
                categories.sections.put(i, matcher.group(1));
                continue;
            }
            matcher = OVERVIEW_ROW.matcher(line);
            if (matcher.matches() && matcher.group(1).substring(0, 2).equals(area)) {
                categories.add(matcher.group(1), SolvedTable.plain(matcher.group(2)).strip(), categories.overviewNames);
            }
        }
        return categories;
    }

    /** Whether the line starts like "10.40 ", cheaply, before any pattern is tried. */
    private static boolean startsWithCode(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return line.length() > start + 5 && Character.isDigit(line.charAt(start))
                && Character.isDigit(line.charAt(start + 1)) && line.charAt(start + 2) == '.';
    }

    private void add(String code, String name, Map<String, String> names) {
        names.putIfAbsent(code, name);
        codes.add(code);
    }

    /** Adds a category known only by its code (e.g. from a {@code Sum kategori 10.60} line). */
    void addCode(String code) {
        codes.add(code);
    }

    /** The category whose section the line lies in, or null before the first category heading. */
    String inForceAt(int line) {
        Map.Entry<Integer, String> section = sections.floorEntry(line);
        return section == null ? null : section.getValue();
    }

    /**
     * Every category read, by code. The overview's name is preferred: it is the document's one list of
     * all categories, where section headings sometimes shorten the name ("Kommunetjenesten").
     */
    List<ParsedCategory> all() {
        List<ParsedCategory> all = new ArrayList<>();
        for (String code : codes) {
            String area = code.substring(0, 2);
            String name = overviewNames.getOrDefault(code, headingNames.get(code));
            all.add(new ParsedCategory(code, name, area, areaNames.get(area)));
        }
        return all;
    }
}
