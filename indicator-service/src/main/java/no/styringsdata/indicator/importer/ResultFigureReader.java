package no.styringsdata.indicator.importer;

import no.styringsdata.indicator.domain.Period;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.reader.text.PageFurniture;
import no.styringsdata.reader.text.TracedText;
import no.styringsdata.reader.text.WrappedLines;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Reads the values stated in one indicator's result text of an annual report.
 *
 * <p>Labelled lines, {@code Andel telefonsamtaler besvart: 86% (prestasjonsmål 83%)}, give a value
 * for the part their label names (under a short group heading such as {@code Innbyggere}, the
 * group is part of it); a bare {@code 93,9% (prestasjonsmål 80%)} is the value of the whole. The
 * running text is searched for {@link SentenceFigures}. A result with neither becomes one value
 * without a number that carries the text. Tables inside a result are reported, not read: the
 * heading they belong to is not certain.
 */
record ResultFigureReader(DocumentLines lines, int reportYear, List<ImportWarning> warnings) {

    private static final String NUM =
            "(?<![\\d,.])(\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?!\\d)";
    private static final Pattern YEAR_IN_LABEL = Pattern.compile("\\bi\\s+((?:19|20)\\d{2})(?![\\d–-])");
    /**
     * {@code Label: 86% (prestasjonsmål 83%)}, {@code Antall anmeldelser: 5}, {@code …: 984 helseaktører}:
     * after the figure only its unit, a parenthesis, or a few words without figures.
     */
    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*([^:(\\s][^:]{1,200}?)\\s*:\\s*" + NUM
                    + "\\s?(%|prosent\\b|mill\\.\\s*kr(?:oner)?\\b|mrd\\.\\s*kr(?:oner)?\\b|kroner\\b|kr\\b)?"
                    + "(?:\\s*\\.?|\\s*\\(.*|\\s+\\p{L}[^\\d]{0,40})\\s*$");
    private static final Pattern BARE_FIGURE =
            Pattern.compile("^\\s*" + NUM + "\\s?(%|prosent\\b)\\s*(\\(.*\\))?\\s*$");
    private static final Pattern URL = Pattern.compile("^\\s*https?://\\S*\\s*$");
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^\\s*Figur\\s+\\d+\\b.*");
    private static final Pattern TABLE_CAPTION = Pattern.compile("^\\s*Tabell\\s+\\d+[-.]\\d+.*");
    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\s*\\D.*?\\s\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?\\s*$");
    private static final int MAX_GROUP_LENGTH = 40;

    /**
     * Values of the indicator {@code ref} whose heading is on {@code headingLine}, from its result
     * text on the lines {@code from} to {@code to} (exclusive).
     */
    List<ParsedIndicatorValue> read(IndicatorRef ref, int headingLine, int from, int to) {
        String heading = lines.line(headingLine).strip();
        Map<List<Object>, ParsedIndicatorValue> values = new LinkedHashMap<>();
        List<Integer> proseLines = new ArrayList<>();
        String group = null;
        for (int n = from; n < to; n++) {
            String line = lines.line(n);
            if (line.isBlank() || PageFurniture.is(line) || URL.matcher(line).matches()
                    || FIGURE_CAPTION.matcher(line).matches()) {
                continue;
            }
            if (TABLE_CAPTION.matcher(line).matches()) {
                warnings.add(new ImportWarning(n, "Table inside the result of \"" + heading
                        + "\" not read as its values: " + line.strip()));
                n = skipTableRows(n + 1, to) - 1;
                continue;
            }
            Matcher labelled = LABELLED.matcher(line);
            Matcher bare = BARE_FIGURE.matcher(line);
            if (labelled.matches() && !labelled.group(1).contains("prestasjonsmål")) {
                int labelStart = n;
                List<String> labelParts = new ArrayList<>();
                if (Character.isLowerCase(labelled.group(1).charAt(0)) && !proseLines.isEmpty()) {
                    labelStart = proseLines.remove(proseLines.size() - 1);
                    labelParts.add(lines.line(labelStart));
                }
                labelParts.add(labelled.group(1));
                String label = WrappedLines.join(labelParts);
                int noteEnd = targetContinuation(n, to);
                labelledValue(ref, n, label, labelled.group(2), labelled.group(3),
                        group == null ? label : group + ": " + label, noteOf(labelStart, noteEnd))
                        .ifPresent(v -> values.putIfAbsent(key(v), v));
                n = noteEnd;
            } else if (bare.matches()) {
                int noteEnd = targetContinuation(n, to);
                BigDecimal number = NorwegianNumbers.parseDecimal(bare.group(1)).orElseThrow();
                ParsedIndicatorValue value = new ParsedIndicatorValue(ref, Period.year(reportYear), number,
                        ValueUnit.PERCENT, group, ValueOrigin.LABELLED_LINE, noteOf(n, noteEnd), lines.source(n));
                values.putIfAbsent(key(value), value);
                n = noteEnd;
            } else if (isGroupHeading(line) && nextIsLabelled(n + 1, to)) {
                group = line.strip();
            } else {
                group = null;
                proseLines.add(n);
            }
        }
        TracedText prose = TracedText.of(lines, proseLines);
        for (ParsedIndicatorValue value : sentenceValues(ref, prose)) {
            values.putIfAbsent(key(value), value);
        }
        if (values.isEmpty() && !prose.isEmpty()) {
            values.put(List.of(), new ParsedIndicatorValue(ref, Period.year(reportYear), null, null, null,
                    ValueOrigin.PROSE_ONLY, prose.text(), lines.source(prose.lineAt(0))));
        }
        if (values.isEmpty()) {
            warnings.add(new ImportWarning(headingLine, "No result under \"" + heading + "\""));
        }
        return List.copyOf(values.values());
    }

    private Optional<ParsedIndicatorValue> labelledValue(IndicatorRef ref, int line, String label, String number,
            String unitText, String breakdown, String note) {
        BigDecimal figure = NorwegianNumbers.parseDecimal(number).orElseThrow();
        String unit = unitText == null ? "" : unitText.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        ValueUnit valueUnit;
        BigDecimal value;
        if (unit.equals("%") || unit.equals("prosent")) {
            valueUnit = ValueUnit.PERCENT;
            value = figure;
        } else if (unit.startsWith("mill")) {
            valueUnit = ValueUnit.NOK;
            value = BigDecimal.valueOf(NorwegianNumbers.millionsToKroner(figure));
        } else if (unit.startsWith("mrd")) {
            valueUnit = ValueUnit.NOK;
            value = BigDecimal.valueOf(NorwegianNumbers.millionsToKroner(figure.movePointRight(3)));
        } else if (unit.startsWith("kr") && SentenceFigures.isWhole(figure)) {
            valueUnit = ValueUnit.NOK;
            value = figure.setScale(0, RoundingMode.UNNECESSARY);
        } else if (unit.isEmpty() && SentenceFigures.isWhole(figure)) {
            valueUnit = ValueUnit.COUNT;
            value = figure;
        } else {
            warnings.add(new ImportWarning(line, "Figure without a unit, or kroner with øre, not read: "
                    + lines.line(line).strip()));
            return Optional.empty();
        }
        Matcher year = YEAR_IN_LABEL.matcher(label);
        Period period = Period.year(year.find() ? Integer.parseInt(year.group(1)) : reportYear);
        return Optional.of(new ParsedIndicatorValue(ref, period, value, valueUnit, breakdown,
                ValueOrigin.LABELLED_LINE, note, lines.source(line)));
    }

    private List<ParsedIndicatorValue> sentenceValues(IndicatorRef ref, TracedText prose) {
        return SentenceFigures.in(prose.text()).stream()
                .map(found -> new ParsedIndicatorValue(ref, found.period(), found.value(), found.unit(), found.part(),
                        ValueOrigin.SENTENCE, found.sentence(), lines.source(prose.lineAt(found.position()))))
                .toList();
    }

    /**
     * A labelled line's target often wraps onto the next line: {@code (prestasjonsmål 60,0%)}.
     * Returns the last line of the note.
     */
    private int targetContinuation(int line, int to) {
        int next = line + 1;
        while (next < to && lines.line(next).isBlank()) {
            next++;
        }
        return next < to && lines.line(next).strip().startsWith("(") && lines.line(next).strip().endsWith(")")
                ? next : line;
    }

    private String noteOf(int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            parts.add(lines.line(n));
        }
        return WrappedLines.join(parts);
    }

    private boolean isGroupHeading(String line) {
        String stripped = line.strip();
        return stripped.length() <= MAX_GROUP_LENGTH && Character.isUpperCase(stripped.charAt(0))
                && stripped.chars().noneMatch(Character::isDigit) && !stripped.contains(":")
                && !stripped.endsWith(".");
    }

    private boolean nextIsLabelled(int from, int to) {
        for (int n = from; n < to; n++) {
            if (!lines.line(n).isBlank()) {
                return LABELLED.matcher(lines.line(n)).matches();
            }
        }
        return false;
    }

    private int skipTableRows(int from, int to) {
        int n = from;
        while (n < to && (lines.line(n).isBlank() || TABLE_ROW.matcher(lines.line(n)).matches())) {
            n++;
        }
        return n;
    }

    private static List<Object> key(ParsedIndicatorValue value) {
        return List.of(value.period(), value.value() == null ? "" : value.value(),
                value.unit() == null ? "" : value.unit(), value.breakdown() == null ? "" : value.breakdown());
    }

    /** A figure found in a sentence, before its unit is settled. */
    private record Figure(int position, String number, ValueUnit unit, Period period) {
    }
}
