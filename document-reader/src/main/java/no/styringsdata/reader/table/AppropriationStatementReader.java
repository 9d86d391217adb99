package no.styringsdata.reader.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.table.AppropriationStatement.Figure;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.NorwegianNumbers;
import no.styringsdata.reader.text.NorwegianDates;
import no.styringsdata.reader.text.Text;
import no.styringsdata.reader.text.WrappedLines;

/**
 * Reads the appropriation statement of an annual report ("Bevilgningsrapportering 31.12.2024") whole: every
 * kap./post row of every part (expenditure, revenue, settlement, …) with the part it stands under, and every
 * sum line checked against the rows.
 * <p>
 * The statement follows the R-115 template: a header row per part ("Utgiftskapittel Kapittelnavn Post
 * Posttekst Note Samlet tildeling Regnskap 2024 Merutgift (-) og mindreutgift …", repeated after page breaks),
 * then rows "0701 E-helse, helseregistre mv. 21 Spesielle driftsmidler A/B 232 400 000 154 500 965 77 899 035"
 * whose name cells wrap over lines and whose last line ends with the note and the figures. One space separates
 * both thousands and columns, so a row's figures are split where samlet tildeling − regnskap = merutgift (for
 * revenue: regnskap − samlet tildeling = merinntekt); a row that gives no difference gives its regnskap alone
 * (a belastningsfullmakt on another agency's chapter, a revenue without allocation). The statement ends with
 * its net line ("Netto rapportert til bevilgningsregnskapet"), or where neither a row, a header nor a sum line
 * follows; lines between its rows that it cannot place (page furniture) are warnings. Pure and thread-safe.
 */
public final class AppropriationStatementReader {

    private static final Pattern TITLE = Pattern.compile(
            "(?iU)^\\s*Bevilgningsrapportering\\s+(?:pr\\.?\\s*)?(?<date>\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*$");
    /** A header row starts with its key column: "Utgiftskapittel", "Inntektskapittel", "Kapittel". */
    private static final Pattern HEADER = Pattern.compile("(?iU)^\\s*(?<key>\\p{L}*kapittel)\\s.*");
    private static final Pattern ROW_START = Pattern.compile("^\\s*\\d{3,4}(?=\\s|$).*");
    private static final Pattern SUM_START = Pattern.compile("(?iU)^\\s*(?:sum|netto\\s+rapportert)\\b.*");
    /** "Netto rapportert til bevilgningsregnskapet": the statement's expenditure less its revenue. */
    private static final Pattern NET = Pattern.compile("(?iU).*\\bbevilgningsregnskapet\\b.*");
    /** The figures that end a line, with the white space before them. */
    private static final Pattern ENDING_FIGURES =
            Pattern.compile("((?:(?:^|\\s+)(?:[-−–]?\\d{1,3}|[-−–])(?=\\s|$))+)\\s*$");
    private static final Pattern ROW_HEAD = Pattern.compile(
            "(?U)^(?<chapter>\\d{3,4})(?:\\s+(?<chapterName>.*?))?\\s+(?<post>\\d{2})\\s+(?<name>.+?)"
                    + "(?:\\s+(?<note>\\p{Lu}(?:/\\p{Lu})*))?$");
    /** A part's own heading: a few words without figures ("Inntektskapitler", "Oppgjørsvirksomhet"). */
    private static final Pattern HEADING = Pattern.compile("(?U)^\\s*\\p{Lu}[\\p{L}\\s,–-]{2,60}$");
    private static final int HEADING_WORDS_MAX = 5;
    /** How many non-blank lines a title may stand before its first header row, and furniture before more rows. */
    private static final int LOOKAHEAD_LINES = 4;
    private static final int FIGURES_MAX = 5;

    private AppropriationStatementReader() {
    }

    /** The document's appropriation statement, or empty where it has none (a title followed by a header row). */
    public static Optional<AppropriationStatement> read(ReadDocument document) {
        DocumentLines lines = document.lines();
        for (int n = 1; n <= lines.size(); n++) {
            Matcher title = TITLE.matcher(lines.line(n));
            if (title.matches() && nextIs(lines, n, LOOKAHEAD_LINES, HEADER)) {
                Optional<LocalDate> date = NorwegianDates.first(title.group("date"));
                if (date.isPresent()) {
                    return Optional.of(new Statement(lines, n, date.get()).read());
                }
            }
        }
        return Optional.empty();
    }

    /** True when one of the next {@code within} non-blank lines after {@code line} matches one of the patterns. */
    private static boolean nextIs(DocumentLines lines, int line, int within, Pattern... patterns) {
        int seen = 0;
        for (int n = line + 1; n <= lines.size() && seen < within; n++) {
            if (lines.line(n).isBlank()) {
                continue;
            }
            seen++;
            for (Pattern pattern : patterns) {
                if (pattern.matcher(lines.line(n)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reading of one statement, line by line. */
    private static final class Statement {
        private final DocumentLines lines;
        private final int titleLine;
        private final LocalDate date;
        private final List<StatementSection> sections = new ArrayList<>();
        private final List<StatementRow> rows = new ArrayList<>();
        private final List<SumCheck> sums = new ArrayList<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private Unit unit;
        private StatementSection section;
        /** The key column of the section's header row ("utgiftskapittel"); a repeat of it is a page break. */
        private String sectionKey;
        /** The lines of the header row being read, or null outside a header. */
        private List<Integer> header;
        /** The lines of a row, or of a sum line's label, whose figures have not come yet. */
        private List<Integer> pending;
        private boolean pendingSum;
        /** Set by the net line, the template's last line of the statement. */
        private boolean netRead;

        Statement(DocumentLines lines, int titleLine, LocalDate date) {
            this.lines = lines;
            this.titleLine = titleLine;
            this.date = date;
        }

        AppropriationStatement read() {
            int n = titleLine + 1;
            for (; n <= lines.size() && !netRead; n++) {
                String line = lines.line(n);
                if (line.isBlank()) {
                    continue;
                }
                if (header != null && Column.isHeadingsOnly(line)) {
                    // "2024 Regnskap 2024" goes on with the header; it does not start a row
                    header.add(n);
                    continue;
                }
                boolean rowOrSum = ROW_START.matcher(line).matches() || SUM_START.matcher(line).matches();
                if (pending != null && !rowOrSum && !HEADER.matcher(line).matches()) {
                    pending.add(n);
                    tryComplete();
                    continue;
                }
                dropPending(n);
                if (HEADER.matcher(line).matches()) {
                    startHeader(n);
                } else if (rowOrSum) {
                    endHeader();
                    pending = new ArrayList<>(List.of(n));
                    pendingSum = SUM_START.matcher(line).matches();
                    tryComplete();
                } else if (header != null) {
                    header.add(n);
                } else if (isHeading(n)) {
                    section = new StatementSection(Text.flat(line), n);
                    sectionKey = null;
                    sections.add(section);
                } else if (nextIs(lines, n, LOOKAHEAD_LINES, HEADER, ROW_START, SUM_START)) {
                    warnings.add(new ImportWarning(n, "not part of the statement: " + line.strip()));
                } else {
                    break;
                }
            }
            dropPending(n);
            endHeader();
            return new AppropriationStatement(titleLine, date, unit(), sections, rows, sums, warnings);
        }

        /** A header row: the first of a part names the part where no heading did; a repeat is a page break. */
        private void startHeader(int n) {
            endHeader();
            Matcher key = HEADER.matcher(lines.line(n));
            key.matches();
            String written = key.group("key");
            if (section == null || sectionKey != null && !sectionKey.equals(Text.lower(written))) {
                section = new StatementSection(written, n);
                sections.add(section);
            }
            sectionKey = Text.lower(written);
            header = new ArrayList<>(List.of(n));
        }

        /** Checks the header just read: its unit, and that it names the figures the rows are read as. */
        private void endHeader() {
            if (header == null) {
                return;
            }
            String text = lines.joined(header.get(0), header.get(header.size() - 1));
            if (unit == null) {
                // the state accounts are kept in kroner; a statement in another unit says so
                unit = Unit.find(lines.line(titleLine) + " " + text).orElse(Unit.KRONER);
            }
            List<Column> amounts = Column.fromHeader(text).stream().filter(Column::isAmount).toList();
            boolean namesFigures = amounts.stream().anyMatch(c -> c.stage() == Column.Stage.TILDELING)
                    && amounts.stream().anyMatch(c -> c.stage() == Column.Stage.REGNSKAP);
            if (!namesFigures) {
                warnings.add(new ImportWarning(header.get(0), "the header names no tildeling and regnskap columns; "
                        + "figures read in the template's order (samlet tildeling, regnskap, merutgift/mindreutgift)"));
            }
            amounts.stream().filter(c -> c.stage() == Column.Stage.REGNSKAP && c.year() != null
                    && c.year() != date.getYear()).findFirst().ifPresent(c -> warnings.add(new ImportWarning(
                    header.get(0), "the header's \"%s\" is not of the title's year %d".formatted(c.heading(),
                    date.getYear()))));
            header = null;
        }

        /** A short line without figures that a header row or a row follows. */
        private boolean isHeading(int n) {
            String line = lines.line(n);
            return HEADING.matcher(line).matches() && line.strip().split("\\s+").length <= HEADING_WORDS_MAX
                    && nextIs(lines, n, 1, HEADER, ROW_START);
        }

        private void dropPending(int at) {
            if (pending != null) {
                warnings.add(new ImportWarning(pending.get(0), "%s not completed before line %d: %s".formatted(
                        pendingSum ? "sum line" : "row", at, lines.joined(pending.get(0), last(pending)))));
                pending = null;
            }
        }

        /** Completes the pending row or sum line once a line ends with its figures. */
        private void tryComplete() {
            int last = last(pending);
            Matcher figures = ENDING_FIGURES.matcher(lines.line(last));
            if (!figures.find()) {
                return;
            }
            List<String> parts = new ArrayList<>(pending.subList(0, pending.size() - 1).stream().map(lines::line)
                    .toList());
            parts.add(lines.line(last).substring(0, figures.start(1)));
            String label = WrappedLines.join(parts);
            List<String> tokens = Arrays.asList(figures.group(1).strip().split("\\s+"));
            if (pendingSum) {
                pending = null;
                checkSum(label, last, tokens);
                return;
            }
            Matcher head = ROW_HEAD.matcher(label);
            // a row ends with its note, or with an empty note cell (wide space) before the figures; else the
            // figures are the post number at the end of a wrapped chapter name
            boolean noteEnds = head.matches() && (head.group("note") != null
                    || figures.group(1).indexOf(figures.group(1).strip()) >= 2);
            if (noteEnds) {
                addRow(head, tokens, List.copyOf(pending));
                pending = null;
            }
        }

        private void addRow(Matcher head, List<String> tokens, List<Integer> rowLines) {
            int chapter = Integer.parseInt(head.group("chapter"));
            int post = Integer.parseInt(head.group("post"));
            boolean revenue = chapter >= 3000 && chapter <= 5999;
            String key = chapter + "." + head.group("post");
            RowFigures read = figures(tokens, revenue, key, last(rowLines));
            String chapterName = head.group("chapterName") == null ? "" : head.group("chapterName");
            rows.add(new StatementRow(section, chapter, chapterName, post, head.group("name"), head.group("note"),
                    read.allocated(), read.accounted(), read.difference(), rowLines.get(0), rowLines));
        }

        private record RowFigures(Long allocated, Long accounted, Long difference) {
        }

        /**
         * The row's figures: the one reading whose first three make the row's arithmetic hold (to within a krone,
         * as figures kept in øre are printed rounded); else a regnskap alone, after a dash or an empty cell for
         * samlet tildeling.
         */
        private RowFigures figures(List<String> tokens, boolean revenue, String key, int line) {
            List<List<Long>> balanced = new ArrayList<>();
            boolean moreFigures = false;
            long rounding = unit().toKroner(BigDecimal.ONE);
            for (int count = 3; count <= FIGURES_MAX; count++) {
                for (Figures.Reading reading : Figures.readings(tokens, count)) {
                    List<Long> kroner = reading.amounts().stream().map(unit()::toKroner).toList();
                    long residual = (revenue ? kroner.get(1) - kroner.get(0) : kroner.get(0) - kroner.get(1))
                            - kroner.get(2);
                    if (reading.tokensUsed() == tokens.size() && Math.abs(residual) <= rounding
                            && !balanced.contains(kroner.subList(0, 3))) {
                        balanced.add(kroner.subList(0, 3));
                        moreFigures |= count > 3;
                    }
                }
            }
            if (balanced.size() == 1) {
                List<Long> r = balanced.get(0);
                if (moreFigures) {
                    warnings.add(new ImportWarning(line, "%s: the figures after merutgift/mindreutgift in \"%s\" "
                            .formatted(key, String.join(" ", tokens)) + "(the belastningsfullmakt columns) are not read"));
                }
                return new RowFigures(r.get(0), r.get(1), r.get(2));
            }
            if (balanced.isEmpty()) {
                List<String> alone = Figures.isDash(tokens.get(0)) && tokens.size() > 1
                        ? tokens.subList(1, tokens.size()) : tokens;
                Optional<Figures.Reading> accounted = Figures.readings(alone, 1).stream()
                        .filter(r -> r.tokensUsed() == alone.size()).findFirst();
                if (accounted.isPresent()) {
                    return new RowFigures(null, unit().toKroner(accounted.get().amounts().get(0)), null);
                }
            }
            warnings.add(new ImportWarning(line, "%s: the figures \"%s\" %s; row kept without figures".formatted(key,
                    String.join(" ", tokens), balanced.isEmpty()
                            ? "give no samlet tildeling, regnskap and difference that add up, nor a regnskap alone"
                            : "can be read in %d ways that add up".formatted(balanced.size()))));
            return new RowFigures(null, null, null);
        }

        /**
         * Compares a sum line with the rows of its part ("Sum utgiftsført") or, for the net line, with every row,
         * revenue subtracted. A sum line states some consecutive columns of the rows' figures (samlet tildeling and
         * regnskap; regnskap and difference; regnskap alone): it is compared on the columns it is closest to.
         */
        private void checkSum(String label, int line, List<String> tokens) {
            boolean net = NET.matcher(label).matches();
            netRead |= net;
            List<StatementRow> summed = rows.stream().filter(r -> net || r.section().equals(section)).toList();
            Figure[] columns = Figure.values();
            long[] totals = new long[columns.length];
            for (StatementRow row : summed) {
                for (int c = 0; c < columns.length; c++) {
                    Long figure = columns[c].of(row);
                    if (figure != null) {
                        totals[c] += net && row.isRevenue() ? -figure : figure;
                    }
                }
            }
            SumCheck closest = null;
            for (int count = 1; count <= columns.length; count++) {
                for (Figures.Reading reading : Figures.readings(tokens, count)) {
                    if (reading.tokensUsed() != tokens.size()) {
                        continue;
                    }
                    List<Long> stated = reading.amounts().stream().map(unit()::toKroner).toList();
                    for (int first = 0; first + count <= columns.length; first++) {
                        SumCheck check = new SumCheck(label, line,
                                Arrays.asList(columns).subList(first, first + count), stated,
                                Arrays.stream(totals, first, first + count).boxed().toList(), (summed.size() + 1) / 2);
                        if (closest == null || distance(check) < distance(closest)) {
                            closest = check;
                        }
                    }
                }
            }
            if (closest == null) {
                warnings.add(new ImportWarning(line, "%s: cannot read the figures \"%s\"; not checked"
                        .formatted(label, String.join(" ", tokens))));
                return;
            }
            sums.add(closest);
            for (int i = 0; i < closest.stated().size(); i++) {
                long stated = closest.stated().get(i);
                long given = closest.rowsGive().get(i);
                if (Math.abs(stated - given) > closest.tolerance()) {
                    warnings.add(new ImportWarning(line, "%s (%s): the rows give %s kroner, the line says %s kroner"
                            .formatted(label, closest.figures().get(i).label(), NorwegianNumbers.format(given), NorwegianNumbers.format(stated))));
                }
            }
        }

        /** How far a sum line is from the rows, relative to the size of the figures. */
        private static double distance(SumCheck check) {
            double distance = 0;
            for (int i = 0; i < check.stated().size(); i++) {
                double stated = check.stated().get(i);
                distance += Math.abs(stated - check.rowsGive().get(i)) / Math.max(1, Math.abs(stated));
            }
            return distance / check.stated().size();
        }

        private Unit unit() {
            return unit == null ? Unit.KRONER : unit;
        }

        private static int last(List<Integer> list) {
            return list.get(list.size() - 1);
        }
    }
}
