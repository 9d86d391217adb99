package no.styringsdata.indicator.importer;

import no.styringsdata.indicator.domain.Period;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.reader.text.PageFurniture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.NorwegianNumbers;

/**
 * Reads the annual report's table of the agency's own key figures ({@code Tabell 2-4 Nøkkeltall
 * for Helsedirektoratet}): a header line ending in its years, then rows {@code Label v1 v2 …}
 * under headings for the section ({@code Årsverk}) and the part of the agency ({@code POBO}).
 *
 * <p>Each distinct row label becomes a key figure without a goal, and each cell a value for its
 * column's year, broken down by the part of the agency it is under. The unit comes from the row:
 * {@code (mill. kroner)} and {@code (hele tusen)} are converted to whole kroner, cells with
 * {@code %} are percent, rows on årsverk are full-time equivalents, the rest counts.
 */
record KeyFigureTableReader(DocumentLines lines, int reportYear, List<ImportWarning> warnings) {

    private static final Pattern CAPTION = Pattern.compile("^\\s*Tabell\\s+\\d+[-.]\\d+\\s*Nøkkeltall for\\s+\\S.*$");
    private static final Pattern HEADER_YEARS = Pattern.compile("((?:\\s+(?:19|20)\\d{2}){2,})\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d+]");
    private static final Pattern MILLIONS = Pattern.compile("\\(\\s*mill\\.?\\s*(?:kr\\.?|kroner)?\\s*\\)");
    private static final Pattern THOUSANDS = Pattern.compile(
            "\\(\\s*(?:hele tusen|tusen kroner|i?\\s*1\\s?000\\s*kr(?:oner)?\\.?)\\s*\\)");
    private static final Pattern KRONER = Pattern.compile("\\(\\s*(?:kr\\.?|kroner)\\s*\\)");
    private static final Pattern MONEY_WORDS = Pattern.compile("utgift|tildeling|kostnad|lønn|beløp|inntekt|kroner");
    private static final Pattern CELL = Pattern.compile("\\d+(?:,\\d+)?%?|%");
    private static final int MAX_HEADING_LENGTH = 40;
    private static final int HEADER_SEARCH_LINES = 6;

    /** The table's rows as key figures (numbered from {@code firstNumber}) and their values. */
    record Table(List<ParsedIndicator> indicators, List<ParsedIndicatorValue> values) {
    }

    Table read() {
        int caption = findCaption();
        if (caption == 0) {
            warnings.add(new ImportWarning(0, "No key-figure table (Tabell N-N Nøkkeltall for …) found"));
            return new Table(List.of(), List.of());
        }
        String captionText = lines.line(caption).strip();
        int header = 0;
        List<Integer> years = List.of();
        for (int n = caption + 1; n <= Math.min(lines.size(), caption + 2 * HEADER_SEARCH_LINES); n++) {
            Matcher yearsAtEnd = HEADER_YEARS.matcher(lines.line(n));
            if (yearsAtEnd.find()) {
                header = n;
                years = List.of(yearsAtEnd.group(1).strip().split("\\s+")).stream().map(Integer::parseInt).toList();
                break;
            }
        }
        if (header == 0) {
            warnings.add(new ImportWarning(caption, "The columns' years of " + captionText + " could not be read"));
            return new Table(List.of(), List.of());
        }

        Map<String, ParsedIndicator> indicators = new LinkedHashMap<>();
        List<ParsedIndicatorValue> values = new ArrayList<>();
        List<String> pendingHeadings = new ArrayList<>();
        String section = null;
        String part = null;
        boolean rowsSeen = false;
        for (int n = header + 1; n <= lines.size(); n++) {
            String line = lines.line(n);
            if (line.isBlank() || PageFurniture.is(line)) {
                continue;
            }
            Optional<Row> row = row(line, n, years.size());
            if (row.isPresent()) {
                if (pendingHeadings.size() >= 2) {
                    section = pendingHeadings.get(0);
                }
                if (!pendingHeadings.isEmpty()) {
                    part = pendingHeadings.get(pendingHeadings.size() - 1);
                }
                pendingHeadings.clear();
                rowsSeen = true;
                addRow(row.get(), n, years, section, part, captionText, indicators, values);
            } else if (isHeading(line)) {
                pendingHeadings.add(line.strip());
            } else if (rowsSeen) {
                break;
            } else {
                warnings.add(new ImportWarning(n, "Line of " + captionText + " not read: " + line.strip()));
            }
        }
        return new Table(List.copyOf(indicators.values()), values);
    }

    private int findCaption() {
        for (int n = 1; n <= lines.size(); n++) {
            if (CAPTION.matcher(lines.line(n)).matches()) {
                return n;
            }
        }
        return 0;
    }

    private void addRow(Row row, int line, List<Integer> years, String section, String part, String caption,
            Map<String, ParsedIndicator> indicators, List<ParsedIndicatorValue> values) {
        String text = cleanLabel(row.label());
        ParsedIndicator indicator = indicators.computeIfAbsent(IndicatorTextKey.of(text), key ->
                new ParsedIndicator(IndicatorKind.KEY_FIGURE, null, indicators.size() + 1, text, List.of(), key,
                        reportYear, lines.source(line)));
        for (int column = 0; column < years.size(); column++) {
            Optional<Cell> cell = cell(row, column, line);
            if (cell.isEmpty()) {
                continue;
            }
            String note = section == null ? caption : caption + ": " + section;
            values.add(new ParsedIndicatorValue(indicator.ref(), Period.year(years.get(column)), cell.get().value(),
                    cell.get().unit(), part, ValueOrigin.TABLE, note, lines.source(line)));
        }
    }

    private Optional<Cell> cell(Row row, int column, int line) {
        BigDecimal figure = NorwegianNumbers.parseDecimal(row.cells().get(column)).orElseThrow();
        String label = row.label().toLowerCase(Locale.ROOT);
        boolean money = MILLIONS.matcher(label).find() || THOUSANDS.matcher(label).find()
                || KRONER.matcher(label).find() || MONEY_WORDS.matcher(cleanLabel(label)).find();
        if (row.percent().get(column)) {
            return Optional.of(new Cell(figure, ValueUnit.PERCENT));
        }
        if (money) {
            try {
                long kroner;
                if (MILLIONS.matcher(label).find()) {
                    kroner = NorwegianNumbers.millionsToKroner(figure);
                } else if (THOUSANDS.matcher(label).find()) {
                    kroner = NorwegianNumbers.thousandsToKroner(figure);
                } else {
                    kroner = figure.longValueExact();
                }
                return Optional.of(new Cell(BigDecimal.valueOf(kroner), ValueUnit.NOK));
            } catch (ArithmeticException notWholeKroner) {
                warnings.add(new ImportWarning(line, "An amount in " + row.label() + " is not whole kroner: "
                        + row.cells().get(column)));
                return Optional.empty();
            }
        }
        if (figure.stripTrailingZeros().scale() > 0) {
            warnings.add(new ImportWarning(line, "A fractional count in " + row.label() + " not read: "
                    + row.cells().get(column)));
            return Optional.empty();
        }
        return Optional.of(new Cell(figure, label.contains("årsverk") ? ValueUnit.FTE : ValueUnit.COUNT));
    }

    /**
     * Splits a line into its label and exactly {@code columns} figures, read from the right. The
     * space is both the thousands separator and the column gap ({@code 9 707 8 882 9 236 13 023}),
     * so the figures are the one way of grouping the digit runs into numbers that gives the right
     * count; where several ways do, wide gaps between columns decide, else the row is not read.
     */
    private Optional<Row> row(String line, int lineNumber, int columns) {
        List<int[]> tokens = new ArrayList<>();
        Matcher token = Pattern.compile("\\S+").matcher(line);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        int first = tokens.size();
        while (first > 0 && CELL.matcher(text(line, tokens.get(first - 1))).matches()) {
            first--;
        }
        if (first == 0 || first == tokens.size()) {
            return Optional.empty();
        }
        List<String> digits = new ArrayList<>();
        List<Boolean> percentAfter = new ArrayList<>();
        List<Boolean> wideGapBefore = new ArrayList<>();
        for (int i = first; i < tokens.size(); i++) {
            String cell = text(line, tokens.get(i));
            if (cell.equals("%")) {
                if (percentAfter.isEmpty()) {
                    return Optional.empty();
                }
                percentAfter.set(percentAfter.size() - 1, true);
                continue;
            }
            boolean percent = cell.endsWith("%");
            digits.add(percent ? cell.substring(0, cell.length() - 1) : cell);
            percentAfter.add(percent);
            wideGapBefore.add(i > first && tokens.get(i)[0] - tokens.get(i - 1)[1] >= 2);
        }
        List<List<Integer>> groupings = new ArrayList<>();
        group(digits, percentAfter, 0, columns, new ArrayList<>(), groupings);
        if (groupings.size() > 1) {
            groupings.removeIf(starts -> !respectsWideGaps(starts, wideGapBefore));
        }
        if (groupings.size() != 1) {
            if (!groupings.isEmpty() || digits.size() >= columns) {
                warnings.add(new ImportWarning(lineNumber,
                        "Row of the key-figure table with ambiguous columns not read: " + line.strip()));
            }
            return Optional.empty();
        }
        List<Integer> starts = groupings.get(0);
        List<String> cells = new ArrayList<>();
        List<Boolean> percent = new ArrayList<>();
        for (int c = 0; c < starts.size(); c++) {
            int end = c + 1 < starts.size() ? starts.get(c + 1) : digits.size();
            cells.add(String.join(" ", digits.subList(starts.get(c), end)));
            percent.add(percentAfter.get(end - 1));
        }
        String label = line.substring(0, tokens.get(first)[0]).strip();
        return Optional.of(new Row(label, cells, percent));
    }

    /** All ways to group digit runs from {@code from} into {@code remaining} numbers; each way as its start indexes. */
    private static void group(List<String> digits, List<Boolean> percentAfter, int from, int remaining,
            List<Integer> starts, List<List<Integer>> found) {
        if (from == digits.size()) {
            if (remaining == 0) {
                found.add(List.copyOf(starts));
            }
            return;
        }
        if (remaining == 0) {
            return;
        }
        starts.add(from);
        int end = from + 1;
        while (true) {
            group(digits, percentAfter, end, remaining - 1, starts, found);
            // The number may go on with a group of exactly three digits, unless it was closed.
            boolean closed = percentAfter.get(end - 1) || digits.get(end - 1).contains(",")
                    || digits.get(from).replace(",", "").length() > 3;
            if (end == digits.size() || closed || !digits.get(end).matches("\\d{3}(?:,\\d+)?")) {
                break;
            }
            end++;
        }
        starts.remove(starts.size() - 1);
    }

    private static boolean respectsWideGaps(List<Integer> starts, List<Boolean> wideGapBefore) {
        for (int i = 1; i < wideGapBefore.size(); i++) {
            if (wideGapBefore.get(i) && !starts.contains(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeading(String line) {
        String stripped = line.strip();
        return stripped.length() <= MAX_HEADING_LENGTH && stripped.chars().noneMatch(Character::isDigit);
    }

    private static String cleanLabel(String label) {
        String clean = FOOTNOTE.matcher(label).replaceAll(" ");
        clean = MILLIONS.matcher(clean).replaceAll(" ");
        clean = THOUSANDS.matcher(clean).replaceAll(" ");
        clean = KRONER.matcher(clean).replaceAll(" ");
        return clean.replaceAll("\\s+", " ").strip();
    }

    private static String text(String line, int[] token) {
        return line.substring(token[0], token[1]);
    }

    private record Row(String label, List<String> cells, List<Boolean> percent) {
    }

    private record Cell(BigDecimal value, ValueUnit unit) {
    }
}
