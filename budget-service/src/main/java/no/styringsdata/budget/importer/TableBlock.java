package no.styringsdata.budget.importer;
import no.styringsdata.reader.text.WrappedLines;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentLines;

/**
 * The lines of one table as the extracted text gives them: header cells wrapped over several lines,
 * rows whose names wrap (with blank lines between), and the sum line that closes the table.
 *
 * @param headerText the header lines joined ("Post Betegnelse Regnskap 2024 Saldert budsjett 2025 …")
 * @param sum        the sum line, or null where the table ends without one
 */
record TableBlock(int headerLine, String headerText, List<Row> rows, Row sum) {

    /**
     * A row: the number it starts with (post or chapter), the line it starts on, its lines joined with
     * hyphenation repaired, and how many non-blank lines it spans. No-break spaces are kept: they tell
     * the digit groups of a number apart.
     */
    record Row(int line, int key, String text, int lineCount) {
    }

    /** The shape of one kind of table. */
    record Shape(Pattern header, Pattern rowStart, Pattern sumStart) {
    }

    private static final int MAX_HEADER_LINES = 16;
    private static final int MAX_TABLE_LINES = 400;

    /**
     * Reads the table whose header starts on {@code headerLine}. A line starting with a number is a
     * new row only if the number is higher than the previous row's (keys ascend within a table);
     * otherwise it continues the row before, as do all other lines. Page furniture is skipped.
     */
    static TableBlock read(DocumentLines lines, int headerLine, Shape shape, BitSet furniture) {
        List<String> header = new ArrayList<>(List.of(lines.line(headerLine)));
        int last = Math.min(lines.size(), headerLine + MAX_TABLE_LINES);
        int i = headerLine + 1;
        while (i <= last && i <= headerLine + MAX_HEADER_LINES && !startsRow(lines.line(i), shape, -1)
                && !shape.sumStart().matcher(lines.line(i)).find()) {
            if (!furniture.get(i)) {
                header.add(lines.line(i));
            }
            i++;
        }
        String headerText = WrappedLines.join(header);
        if (i > last || i > headerLine + MAX_HEADER_LINES) {
            return new TableBlock(headerLine, headerText, List.of(), null);
        }
        List<Row> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int rowLine = -1;
        int key = -1;
        for (; i <= last; i++) {
            String line = lines.line(i);
            if (furniture.get(i)) {
                continue;
            }
            boolean sum = shape.sumStart().matcher(line).find();
            boolean nextTable = shape.header().matcher(line).find();
            if (sum || nextTable || startsRow(line, shape, key)) {
                if (rowLine > 0) {
                    rows.add(row(rowLine, key, parts));
                }
                if (sum) {
                    return new TableBlock(headerLine, headerText, rows, new Row(i, -1, line.strip(), 1));
                }
                if (nextTable) {
                    return new TableBlock(headerLine, headerText, rows, null);
                }
                Matcher start = shape.rowStart().matcher(line);
                start.find();
                rowLine = i;
                key = Integer.parseInt(start.group(1));
                parts.clear();
            }
            if (rowLine > 0) {
                parts.add(line);
            }
        }
        if (rowLine > 0) {
            rows.add(row(rowLine, key, parts));
        }
        return new TableBlock(headerLine, headerText, rows, null);
    }

    private static Row row(int line, int key, List<String> parts) {
        int lineCount = (int) parts.stream().filter(part -> !part.isBlank()).count();
        return new Row(line, key, WrappedLines.join(parts), lineCount);
    }

    private static boolean startsRow(String line, Shape shape, int previousKey) {
        Matcher start = shape.rowStart().matcher(line);
        return start.find() && Integer.parseInt(start.group(1)) > previousKey;
    }
}
