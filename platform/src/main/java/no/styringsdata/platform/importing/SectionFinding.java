package no.styringsdata.platform.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.structure.Section;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import found in one section of the document, for the import report. */
@Schema(description = "What the import found under one heading of the document")
public record SectionFinding(
        @Schema(description = "The section's number as written, null for an unnumbered heading or the text before "
                + "the first heading", example = "4.1", nullable = true) String number,
        @Schema(description = "The section's heading; empty for the text before the first heading",
                example = "Utgifter", required = true) String heading,
        @Schema(description = "The line of the heading (1 for the text before the first heading)", example = "3088",
                required = true, minimum = "1", maximum = Bounds.INT_MAX) int line,
        @Schema(description = "How many of each thing were read there, by name (tables, rows, assignments, goals, "
                + "steeringParameters, keyFigures, values, …)", example = "{\"tables\": 1, \"rows\": 112}",
                required = true) Map<String, Integer> found) {

    /**
     * Groups what was read by the innermost section of its line. {@code linesByThing} gives, per kind of
     * thing ("rows", "assignments"), the line of each one read; the result is in document order.
     */
    public static List<SectionFinding> of(ReadDocument document, Map<String, List<Integer>> linesByThing) {
        Map<Integer, Section> sections = new TreeMap<>();
        Map<Integer, Map<String, Integer>> counts = new TreeMap<>();
        linesByThing.forEach((thing, lines) -> {
            for (int line : lines) {
                Section section = document.sectionAt(line);
                int key = section == null ? 0 : section.line();
                if (section != null) {
                    sections.put(key, section);
                }
                counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(thing, 1, Integer::sum);
            }
        });
        List<SectionFinding> findings = new ArrayList<>();
        counts.forEach((key, found) -> {
            Section section = sections.get(key);
            Map<String, Integer> sorted = new TreeMap<>(Comparator.naturalOrder());
            sorted.putAll(found);
            findings.add(section == null ? new SectionFinding(null, "", 1, sorted)
                    : new SectionFinding(section.number(), section.heading(), section.line(), sorted));
        });
        return List.copyOf(findings);
    }
}
