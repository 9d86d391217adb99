package no.styringsdata.indicator.importer;

import no.styringsdata.reader.text.WrappedLines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Reads an agency's årsrapport: per goal the results under {@code Styringsparameter N: …} and
 * {@code Nøkkeltall N: …} headings with the values they state, and the table of the agency's own
 * key figures (Tabell 2-4).
 *
 * <p>The report does not number its goals: a goal is the title above a {@code Status og utvikling
 * på målområdet} heading (wrapped titles go on in lower case), numbered here in the order they
 * come. A result runs from its heading to the next result heading or the next of the report's
 * fixed headings of a goal (Sentrale aktiviteter, Måloppnåelse, Vurderingskriterie N:, …).
 */
public final class AnnualReportIndicatorParser {

    private static final Pattern GOAL_STATUS = Pattern.compile("^\\s*Status og utvikling på målområdet\\s*$");
    private static final Pattern RESULT_HEADING = Pattern.compile(
            "^\\s*(Nøkkeltall|Styringsparameter)\\s+(\\d{1,2})\\s*:\\s*(.*?)\\s*$");
    private static final Pattern END_OF_RESULTS = Pattern.compile(
            "^\\s*(?:(?:Sentrale aktiviteter(?: i direktoratet)?|Måloppnåelse|Styringsindikatorer"
                    + "|Status og utvikling på målområdet)\\s*|Vurderingskriteri\\p{L}*\\s+\\d+\\s*:.*)$");
    private static final Pattern CHAPTER = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+\\p{Lu}.*$");

    public ParsedIndicatorDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentFormatException("The document is empty", 0);
        }
        return parse(DocumentReader.read(text));
    }

    /** Maps a document read once by the caller; its year is the one the reader gives the report. */
    public ParsedIndicatorDocument parse(ReadDocument document) {
        Optional<IndicatorDocumentKind> kind = IndicatorDocumentKind.of(document.identity().kind());
        if (kind.isEmpty() || kind.get() != IndicatorDocumentKind.ANNUAL_REPORT) {
            throw new DocumentFormatException(kind.isPresent()
                    ? "The document is an allocation letter (tildelingsbrev), not an annual report"
                    : "The document is not an annual report (årsrapport) with Styringsparameter/Nøkkeltall "
                    + "results", 0);
        }
        if (document.identity().year() == null) {
            throw new DocumentFormatException("The report's year could not be read", 0);
        }
        return new Reading(document.lines(), document.identity().year()).read();
    }

    /** The state of reading one report. */
    private static final class Reading {

        private final DocumentLines lines;
        private final int year;
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final List<ParsedGoal> goals = new ArrayList<>();
        private final List<ParsedIndicator> indicators = new ArrayList<>();
        private final List<ParsedIndicatorValue> values = new ArrayList<>();
        private final ResultFigureReader figures;

        Reading(DocumentLines lines, int year) {
            this.lines = lines;
            this.year = year;
            this.figures = new ResultFigureReader(lines, year, warnings);
        }

        ParsedIndicatorDocument read() {
            List<Integer> goalStarts = new ArrayList<>();
            for (int n = 1; n <= lines.size(); n++) {
                if (GOAL_STATUS.matcher(lines.line(n)).matches()) {
                    goalStarts.add(readGoalTitle(goals.size() + 1, n));
                }
            }
            if (goalStarts.isEmpty()) {
                throw new DocumentFormatException(
                        "No goal (a title over \"Status og utvikling på målområdet\") found", 0);
            }
            int resultsEnd = endOfResultsChapter(goalStarts.get(0));
            warnAboutResultsOutsideGoals(goalStarts.get(0), resultsEnd);
            for (int i = 0; i < goalStarts.size(); i++) {
                int end = i + 1 < goalStarts.size() ? goalStarts.get(i + 1) : resultsEnd;
                readResults(i + 1, goalStarts.get(i), end);
            }
            KeyFigureTableReader.Table table = new KeyFigureTableReader(lines, year, warnings).read();
            indicators.addAll(table.indicators());
            values.addAll(table.values());
            return new ParsedIndicatorDocument(IndicatorDocumentKind.ANNUAL_REPORT, year, "Årsrapport " + year,
                    goals, indicators, values, warnings);
        }

        /** Reads the goal title above its status heading; returns the title's first line. */
        private int readGoalTitle(int number, int statusLine) {
            int first = lines.previousContentLine(statusLine - 1);
            List<String> parts = new ArrayList<>();
            while (first > 0) {
                parts.add(0, lines.line(first));
                String stripped = lines.line(first).strip();
                if (!Character.isLowerCase(stripped.charAt(0))) {
                    break;
                }
                first = lines.previousContentLine(first - 1);
            }
            if (first <= 0) {
                throw new DocumentFormatException("A goal's title could not be read", statusLine);
            }
            goals.add(new ParsedGoal(number, WrappedLines.join(parts), lines.source(first)));
            return first;
        }

        /** The next chapter heading after the goals' chapter ("4. Styring og kontroll i"), or the end. */
        private int endOfResultsChapter(int firstGoal) {
            int chapter = 0;
            for (int n = firstGoal; n >= 1 && chapter == 0; n--) {
                Matcher heading = CHAPTER.matcher(lines.line(n));
                if (heading.matches()) {
                    chapter = Integer.parseInt(heading.group(1));
                }
            }
            Pattern next = Pattern.compile("^\\s*" + (chapter + 1) + "\\.\\s+\\p{Lu}.*$");
            for (int n = firstGoal; n <= lines.size(); n++) {
                if (chapter > 0 && next.matcher(lines.line(n)).matches()) {
                    return n;
                }
            }
            return lines.size() + 1;
        }

        private void warnAboutResultsOutsideGoals(int firstGoal, int resultsEnd) {
            for (int n = 1; n <= lines.size(); n++) {
                if ((n < firstGoal || n >= resultsEnd) && RESULT_HEADING.matcher(lines.line(n)).matches()) {
                    warnings.add(new ImportWarning(n, "Result heading outside the goals' chapter not read: "
                            + lines.line(n).strip()));
                }
            }
        }

        private void readResults(int goal, int from, int to) {
            Set<IndicatorRef> seen = new HashSet<>();
            Map<IndicatorKind, Integer> lastNumber = new TreeMap<>();
            for (int n = from; n < to; n++) {
                Matcher heading = RESULT_HEADING.matcher(lines.line(n));
                if (!heading.matches()) {
                    continue;
                }
                IndicatorKind kind = heading.group(1).equals("Nøkkeltall")
                        ? IndicatorKind.KEY_FIGURE : IndicatorKind.STEERING_PARAMETER;
                int number = Integer.parseInt(heading.group(2));
                List<String> titleParts = new ArrayList<>(List.of(heading.group(3)));
                int resultStart = readHeadingContinuation(n, titleParts);
                int resultEnd = endOfResult(resultStart, to);
                IndicatorRef ref = new IndicatorRef(goal, kind, number);
                int expected = lastNumber.getOrDefault(kind, 0) + 1;
                if (!seen.add(ref)) {
                    warnings.add(new ImportWarning(n, "Second " + heading.group(1) + " " + number + " under goal "
                            + goal + " not read"));
                    continue;
                }
                if (number != expected) {
                    warnings.add(new ImportWarning(n, heading.group(1) + " " + number + " under goal " + goal
                            + " follows " + (expected - 1 == 0 ? "no " + heading.group(1) : heading.group(1) + " "
                            + (expected - 1)) + ": a heading may be missing from the text"));
                }
                lastNumber.put(kind, number);
                String text = WrappedLines.join(titleParts);
                indicators.add(new ParsedIndicator(kind, goal, number, text, List.of(), IndicatorTextKey.of(text),
                        year, lines.source(n)));
                values.addAll(figures.read(ref, n, resultStart, resultEnd));
                n = resultEnd - 1;
            }
        }

        /**
         * Adds the heading's wrapped lines to {@code parts}: a continuation starts in lower case, or
         * goes on with the digits of a number split over the line ("over 200" / "000 kr").
         * Returns the first line of the result text.
         */
        private int readHeadingContinuation(int headingLine, List<String> parts) {
            int last = headingLine;
            for (int n = lines.nextContentLine(headingLine + 1); n > 0; n = lines.nextContentLine(n + 1)) {
                String line = lines.line(n).strip();
                String previous = lines.line(last).strip();
                boolean lowercase = Character.isLowerCase(line.charAt(0));
                boolean splitNumber = line.matches("\\d{3}\\b.*") && previous.matches(".*\\b\\d{1,3}$");
                if (!(lowercase || splitNumber) || RESULT_HEADING.matcher(line).matches()) {
                    break;
                }
                parts.add(line);
                last = n;
            }
            return last + 1;
        }

        private int endOfResult(int from, int to) {
            for (int n = from; n < to; n++) {
                String line = lines.line(n);
                if (RESULT_HEADING.matcher(line).matches() || END_OF_RESULTS.matcher(line).matches()) {
                    return n;
                }
            }
            return to;
        }
    }
}
