package no.styringsdata.budget.importer;
import no.styringsdata.reader.text.WrappedLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;

/**
 * Reads the statement {@code Bevilgningsrapportering 31.12.YYYY} of an årsrapport: per kap./post of
 * the expenditure and revenue parts the samlet tildeling and the regnskap, in kroner, with the
 * chapter and post names. A row wraps over several lines (chapter name and post text are narrow
 * cells); its last line ends with the note (A, B, A/B, or an empty cell) and the figures.
 */
public final class AnnualReportParser {

    private static final Pattern TITLE =
            Pattern.compile("(?i)^\\s*Bevilgningsrapportering\\s+(?:pr\\.?\\s*)?\\d{1,2}\\.\\d{1,2}\\.(\\d{4})\\b.*");
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*(Utgiftskapittel|Inntektskapittel)\\b.*");
    private static final Pattern SUM_LINE = Pattern.compile("(?i)^\\s*Sum\\s+(utgiftsført|inntektsført)\\b.*");
    private static final Pattern ROW_START = Pattern.compile("^\\s*\\d{4}(?=\\s|$).*");
    private static final Pattern TABLE_END = Pattern.compile(
            "(?i)^\\s*(?:Oppgjørsvirksomhet|Kapitalkontoer|Note\\s+[A-Z]\\b|Netto rapportert).*");
    /** The figures ending a line, with the spaces before them: "  - 124 516", " 232 400 000 154 500 965 ...". */
    private static final Pattern FIGURES = Pattern.compile("((?:(?:^|\\s+)(?:-?\\d{1,3}|[-–])(?=\\s|$))+)\\s*$");
    private static final Pattern HEAD =
            Pattern.compile("^(\\d{4})(?:\\s+(.*?))?\\s+(\\d{2})\\s+(.+?)(?:\\s+(A/B|A|B))?$");
    /** Figures kept in øre and printed in whole kroner may disagree by one krone. */
    private static final long ROUNDING_PER_ROW = 1;

    private enum Side {
        EXPENDITURE("samlet tildeling − regnskap = merutgift (-) og mindreutgift"),
        REVENUE("regnskap − samlet tildeling = merinntekt og mindreinntekt (-)");

        final String rule;

        Side(String rule) {
            this.rule = rule;
        }

        /** How far the stated difference is from what the allocation and the accounts give. */
        long residual(long allocated, long accounted, long difference) {
            return (this == EXPENDITURE ? allocated - accounted : accounted - allocated) - difference;
        }
    }

    /**
     * Parses the report's statement; year and agency are the document's identity. Throws
     * {@link DocumentFormatException} when its statement is missing or cut off.
     */
    public ParsedDocument parse(ReadDocument document) {
        DocumentLines lines = document.lines();
        int title = 0;
        for (int n = 1; n <= lines.size() && title == 0; n++) {
            title = TITLE.matcher(lines.line(n)).matches() ? n : 0;
        }
        if (title == 0) {
            throw new DocumentFormatException("no table Bevilgningsrapportering 31.12.YYYY", 0);
        }
        Matcher titleLine = TITLE.matcher(lines.line(title));
        titleLine.matches();
        Statement statement = new Statement(document.identity(), lines, title);
        int statementYear = Integer.parseInt(titleLine.group(1));
        if (statementYear != document.identity().year()) {
            statement.warnings.add(new ImportWarning(title, "the statement is of " + statementYear
                    + ", the report of " + document.identity().year() + "; its figures are read as of "
                    + document.identity().year()));
        }
        statement.read(title + 1);
        if (statement.rows == 0) {
            throw new DocumentFormatException("the table Bevilgningsrapportering has no rows", title);
        }
        if (!statement.sums.contains(Side.EXPENDITURE)) {
            throw new DocumentFormatException("the table Bevilgningsrapportering ends without its line Sum utgiftsført;"
                    + " the document may be cut off", lines.size());
        }
        return statement.document();
    }

    /** Reads the rows of a part of the statement, from its first line, without asking for the whole table. */
    static ParsedDocument parseRows(ReadDocument rows) {
        Statement statement = new Statement(rows.identity(), rows.lines(), 1);
        statement.read(1);
        return statement.document();
    }

    /** The state of reading the statement: rows so far, totals per side, what was produced. */
    private static final class Statement {
        private final DocumentLines lines;
        private final DocumentIdentity identity;
        private final int year;
        private final int tableLine;
        private final Map<Integer, ParsedChapter> chapters = new LinkedHashMap<>();
        private final List<ParsedPost> posts = new ArrayList<>();
        private final List<ParsedAmount> amounts = new ArrayList<>();
        private final List<SelfCheck> checks = new ArrayList<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final Set<Integer> seen = new HashSet<>();
        private final Set<Side> sums = new HashSet<>();
        private Side side;
        private List<Integer> pending;
        private long allocatedSum;
        private long accountedSum;
        private int rows;
        private int sideRows;

        Statement(DocumentIdentity identity, DocumentLines lines, int tableLine) {
            this.identity = identity;
            this.lines = lines;
            this.year = identity.year();
            this.tableLine = tableLine;
        }

        ParsedDocument document() {
            return new ParsedDocument(identity, identity.title(), List.of(tableLine), List.of(),
                    List.copyOf(chapters.values()), posts, amounts, List.of(), checks, warnings);
        }

        void read(int from) {
            for (int n = from; n <= lines.size(); n++) {
                String line = lines.line(n);
                if (line.isBlank()) {
                    continue;
                }
                if (TABLE_END.matcher(line).matches()) {
                    break;
                }
                Matcher header = HEADER.matcher(line);
                Matcher sum = SUM_LINE.matcher(line);
                if (header.matches()) {
                    dropPending(n);
                    Side next = header.group(1).toLowerCase().startsWith("utgift") ? Side.EXPENDITURE : Side.REVENUE;
                    if (next != side) {
                        side = next;
                        allocatedSum = 0;
                        accountedSum = 0;
                        sideRows = 0;
                    }
                } else if (sum.matches()) {
                    dropPending(n);
                    Side summed = sum.group(1).toLowerCase().startsWith("utgift") ? Side.EXPENDITURE : Side.REVENUE;
                    checkSum(summed, n);
                    if (summed == Side.REVENUE) {
                        break;
                    }
                } else if (side != null && ROW_START.matcher(line).matches()) {
                    dropPending(n);
                    pending = new ArrayList<>(List.of(n));
                    tryComplete();
                } else if (pending != null) {
                    pending.add(n);
                    tryComplete();
                }
            }
            dropPending(lines.size());
        }

        private void dropPending(int at) {
            if (pending != null) {
                warnings.add(new ImportWarning(pending.get(0), "row of Bevilgningsrapportering not completed before line "
                        + at + ": " + WrappedLines.join(pending.stream().map(lines::line).toList())));
                pending = null;
            }
        }

        /** Completes the pending row if its last line ends with the note (or an empty note cell) and figures. */
        private void tryComplete() {
            int last = pending.get(pending.size() - 1);
            String lastLine = lines.line(last);
            Matcher figures = FIGURES.matcher(lastLine);
            if (!figures.find()) {
                return;
            }
            List<String> parts = new ArrayList<>(pending.subList(0, pending.size() - 1).stream().map(lines::line).toList());
            parts.add(lastLine.substring(0, figures.start(1)));
            Matcher head = HEAD.matcher(WrappedLines.join(parts));
            String spaces = figures.group(1).replaceAll("\\S.*", "");
            boolean emptyNoteCell = spaces.length() >= 2;
            if (!head.matches() || head.group(5) == null && !emptyNoteCell) {
                return;
            }
            List<String> tokens = Arrays.asList(figures.group(1).strip().split("\\s+"));
            pending = null;
            addRow(head, tokens, last);
        }

        private void addRow(Matcher head, List<String> tokens, int line) {
            int chapter = Integer.parseInt(head.group(1));
            int post = Integer.parseInt(head.group(3));
            String subject = "%04d.%02d".formatted(chapter, post);
            SourceLine source = lines.source(line);
            if (!seen.add(chapter * 100 + post)) {
                warnings.add(new ImportWarning(line, subject + " appears twice in the table; the second row is skipped"));
                return;
            }
            Optional<long[]> figures = figures(tokens, subject, line);
            if (figures.isEmpty()) {
                return;
            }
            rows++;
            sideRows++;
            long[] read = figures.get();
            String chapterName = head.group(2) == null ? "" : head.group(2);
            chapters.putIfAbsent(chapter, new ParsedChapter(chapter, chapterName, null, source));
            Stikkord.Name name = Stikkord.split(head.group(4));
            posts.add(new ParsedPost(chapter, post, name.name(), name.stikkord(), source));
            if (read[0] != Long.MIN_VALUE) {
                amounts.add(new ParsedAmount(chapter, post, year, Stage.TILDELING, read[0], source));
                allocatedSum += read[0];
            }
            amounts.add(new ParsedAmount(chapter, post, year, Stage.REGNSKAP, read[1], source));
            accountedSum += read[1];
        }

        /**
         * {samlet tildeling or MIN_VALUE where the row has none, regnskap}. A full row has three figures
         * that only one reading makes add up, to within the rounding of figures kept in øre; a row of a
         * belastningsfullmakt has a dash or an empty cell for samlet tildeling and no difference.
         */
        private Optional<long[]> figures(List<String> tokens, String subject, int line) {
            List<List<Long>> readings = AccountFigures.readings(tokens, 3).stream()
                    .filter(r -> Math.abs(side.residual(r.get(0), r.get(1), r.get(2))) <= ROUNDING_PER_ROW)
                    .distinct()
                    .toList();
            long closest = readings.stream().mapToLong(r -> Math.abs(side.residual(r.get(0), r.get(1), r.get(2))))
                    .min().orElse(0);
            List<List<Long>> best = readings.stream()
                    .filter(r -> Math.abs(side.residual(r.get(0), r.get(1), r.get(2))) == closest).toList();
            if (best.size() == 1) {
                List<Long> r = best.get(0);
                long residual = side.residual(r.get(0), r.get(1), r.get(2));
                checks.add(new SelfCheck(subject + ": " + side.rule, true, "%s, %s, %s%s".formatted(
                        DocumentFacts.kroner(r.get(0)), DocumentFacts.kroner(r.get(1)), DocumentFacts.kroner(r.get(2)),
                        residual == 0 ? "" : "; off by %d kr, within the rounding to whole kroner".formatted(residual)),
                        line));
                return Optional.of(new long[] {r.get(0), r.get(1)});
            }
            if (best.isEmpty()) {
                boolean dash = AccountFigures.isDash(tokens.get(0));
                Optional<Long> accounted = AccountFigures.single(dash && tokens.size() > 1
                        ? tokens.subList(1, tokens.size()) : tokens);
                if (accounted.isPresent()) {
                    return Optional.of(new long[] {Long.MIN_VALUE, accounted.get()});
                }
            }
            String problem = best.isEmpty()
                    ? "no reading of the figures \"%s\" satisfies %s".formatted(String.join(" ", tokens), side.rule)
                    : "the figures \"%s\" can be read in %d ways".formatted(String.join(" ", tokens), best.size());
            checks.add(new SelfCheck(subject + ": " + side.rule, false, problem, line));
            warnings.add(new ImportWarning(line, subject + ": " + problem + "; row skipped"));
            return Optional.empty();
        }

        /** The sum line against the rows, to within the rounding of each row's figures to whole kroner. */
        private void checkSum(Side summed, int line) {
            sums.add(summed);
            String what = summed == Side.EXPENDITURE ? "Sum utgiftsført" : "Sum inntektsført";
            if (summed != side) {
                warnings.add(new ImportWarning(line, what + " outside its part of the table; not checked"));
                return;
            }
            Matcher figures = FIGURES.matcher(lines.line(line));
            List<String> tokens = figures.find() ? Arrays.asList(figures.group(1).strip().split("\\s+")) : List.of();
            Optional<List<Long>> stated = AccountFigures.completeReadings(tokens, 2).stream()
                    .min(Comparator.comparingLong(r -> Math.abs(r.get(0) - allocatedSum) + Math.abs(r.get(1) - accountedSum)));
            long tolerance = (sideRows + 1) / 2;
            boolean passed = stated.isPresent() && Math.abs(stated.get().get(0) - allocatedSum) <= tolerance
                    && Math.abs(stated.get().get(1) - accountedSum) <= tolerance;
            String detail = stated.map(s -> "rows give %s and %s; the line says %s and %s (differences %d and %d kr; %d rows rounded to whole kroner allow %d kr)"
                    .formatted(DocumentFacts.kroner(allocatedSum), DocumentFacts.kroner(accountedSum),
                            DocumentFacts.kroner(s.get(0)), DocumentFacts.kroner(s.get(1)), s.get(0) - allocatedSum,
                            s.get(1) - accountedSum, sideRows, tolerance))
                    .orElse("cannot read two figures in \"" + String.join(" ", tokens) + "\"");
            checks.add(new SelfCheck(what + ": rows' samlet tildeling and regnskap = the sum line", passed, detail, line));
        }
    }
}
