package no.styringsdata.reader.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.goal.GoalHeadings.ListHeading;
import no.styringsdata.reader.goal.GoalHeadings.ListKind;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.PageFurniture;
import no.styringsdata.reader.text.WrappedLines;

/**
 * Reads the items under one list heading. The marker of the first item ("•", "a)", "1)", "–") makes the
 * list's items; other markers under an item make its sub-items, and a "Prestasjonskrav" under a steering
 * parameter starts that parameter's requirements. A line without a marker continues what stands above it.
 */
final class ListReader {

    private static final Pattern MARKED = Pattern.compile(
            "\\s*(?:(?<bullet>[•●▪■\\uF0B7\\uF0A7])|(?<circle>o)\\s|(?<letter>[a-zæøå][.)])\\s|(?<number>\\d{1,2}\\))\\s"
                    + "|(?<dash>[-–])\\s)\\s*(?<text>\\S.*)");

    private enum Marker { BULLET, CIRCLE, LETTER, NUMBER, DASH }

    /** A marked line: its kind of marker, the label a letter or number gives it, and its text. */
    private record Marked(Marker marker, String label, String text) {
    }

    /** The items read and the line that ended the list (the end of the span plus one when nothing did). */
    record Result(List<GoalItem> items, int stop) {
    }

    private final DocumentLines lines;
    private final List<ImportWarning> warnings;
    /** True for a line that ends every list: a heading of any kind. */
    private final IntPredicate endsList;

    ListReader(DocumentLines lines, List<ImportWarning> warnings, IntPredicate endsList) {
        this.lines = lines;
        this.warnings = warnings;
        this.endsList = endsList;
    }

    Result read(ListHeading heading, int headingLine, int end) {
        List<GoalItem> items = new ArrayList<>();
        Marker itemMarker = null;
        Item current = heading.inline() == null ? null : new Item(null, headingLine, heading.inline());
        int n = headingLine + 1;
        for (; n <= end; n++) {
            String line = lines.line(n);
            if (line.isBlank() || PageFurniture.is(line)) {
                continue;
            }
            var listHeading = GoalHeadings.list(line);
            if (listHeading.isPresent() && listHeading.get().kind() == ListKind.PERFORMANCE_REQUIREMENTS
                    && heading.kind() == ListKind.STEERING_PARAMETERS && current != null) {
                current.startRequirements(n, listHeading.get().inline());
                continue;
            }
            if (listHeading.isPresent() || endsList.test(n)) {
                break;
            }
            Marked marked = marked(line);
            if (marked != null && (itemMarker == null || marked.marker() == itemMarker)) {
                itemMarker = marked.marker();
                add(items, current);
                current = new Item(marked.label(), n, marked.text());
            } else if (marked != null && current != null) {
                current.startSubItem(marked.label(), n, marked.text());
            } else if (current != null) {
                current.continueWith(n, line);
            } else {
                warnings.add(new ImportWarning(n, "Text before the first item of " + lines.line(headingLine).strip()
                        + " not read: " + line.strip()));
            }
        }
        add(items, current);
        return new Result(items, n);
    }

    private static Marked marked(String line) {
        Matcher m = MARKED.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Marker marker = m.group("bullet") != null ? Marker.BULLET : m.group("circle") != null ? Marker.CIRCLE
                : m.group("letter") != null ? Marker.LETTER : m.group("number") != null ? Marker.NUMBER : Marker.DASH;
        String label = m.group("letter") != null ? m.group("letter") : m.group("number");
        return new Marked(marker, label, m.group("text"));
    }

    private static void add(List<GoalItem> items, Item item) {
        if (item != null) {
            items.add(item.build());
        }
    }

    /** An item being read: its text lines, the sub-items under it, and the requirements of a parameter. */
    private static final class Item {
        final String label;
        final int line;
        final List<String> textParts = new ArrayList<>();
        final List<List<String>> subItems = new ArrayList<>();
        final List<Item> requirements = new ArrayList<>();
        boolean inRequirements;

        Item(String label, int line, String firstPart) {
            this.label = label;
            this.line = line;
            textParts.add(firstPart);
        }

        void startSubItem(String subLabel, int at, String firstPart) {
            if (inRequirements) {
                requirements.add(new Item(subLabel, at, firstPart));
            } else {
                subItems.add(new ArrayList<>(List.of(firstPart)));
            }
        }

        void startRequirements(int at, String inline) {
            inRequirements = true;
            if (inline != null) {
                requirements.add(new Item(null, at, inline));
            }
        }

        void continueWith(int at, String part) {
            if (inRequirements && requirements.isEmpty()) {
                requirements.add(new Item(null, at, part));
            } else if (inRequirements) {
                requirements.get(requirements.size() - 1).textParts.add(part);
            } else {
                (subItems.isEmpty() ? textParts : subItems.get(subItems.size() - 1)).add(part);
            }
        }

        GoalItem build() {
            return new GoalItem(label, WrappedLines.join(textParts), subItems.stream().map(WrappedLines::join).toList(),
                    requirements.stream().map(Item::build).toList(), line);
        }
    }
}
