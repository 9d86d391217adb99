package no.styringsdata.reader.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.structure.Section;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.NorwegianNumbers;

/**
 * Finds and reads the allocation tables of a letter by their structure, wherever they stand: a header row
 * that names a kap./post column and amount columns ("Kap./post Benevnelse Tildeling Kommentarer", "Kap. Post
 * Formål Saldert budsjett 2025 Bevilgning 2025"), or a unit line followed by rows, which takes the columns of
 * the table before it. A table ends at the next heading of the outline, the next table, or the signature.
 * Pure and thread-safe.
 */
public final class AllocationTableReader {

    private static final Pattern KEY_HEADING = Pattern.compile("(?iU)^\\s*(?:kap(?:ittel)?\\.?|post)(?![\\p{L}\\d]).*");
    private static final Pattern SUM = Pattern.compile(
            "(?iU)^\\s*Sum\\b\\s*(?:kap(?:ittel)?\\.?\\s*(?<chapter>\\d{3,4})\\b)?(?<rest>.*)$");
    private static final Pattern SIGNATURE = Pattern.compile("(?iU)^\\s*med\\s+(?:vennlig\\s+)?hilsen\\b.*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    /** A header wraps over a few lines ("Kap./post Benevnelse Tildeling", " ", "Kommentarer"). */
    private static final int HEADER_LINES_MAX = 8;
    /** How far before its header a table's unit may stand ("(alle tall i 1 000 kroner)", "Tabell 1 … (mill. kr)"). */
    private static final int UNIT_LINES_BEFORE = 8;

    private AllocationTableReader() {
    }

    /** A line where a table starts: its header (lines {@code line}–{@code headerEnd}), or its unit line. */
    private record Start(int line, int headerEnd, List<Column> columns) {
    }

    /** Every allocation table of the document, in order. */
    public static AllocationTables read(ReadDocument document) {
        DocumentLines lines = document.lines();
        List<Start> starts = starts(lines);
        List<AllocationTable> tables = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Start start = starts.get(i);
            int end = end(document, start, i + 1 < starts.size() ? starts.get(i + 1).line() - 1 : lines.size());
            tables.add(readTable(document, start, end, tables.isEmpty() ? null : tables.get(tables.size() - 1)));
        }
        List<ImportWarning> warnings = tables.isEmpty()
                ? List.of(new ImportWarning(0, "no allocation table (a header naming kap./post and amount columns)"))
                : List.of();
        return new AllocationTables(tables, warnings);
    }

    private static List<Start> starts(DocumentLines lines) {
        List<Start> starts = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.line(n);
            if (KEY_HEADING.matcher(line).matches() && Column.isHeadingsOnly(line)) {
                int headerEnd = headerEnd(lines, n);
                List<Column> columns = Column.fromHeader(lines.joined(n, headerEnd));
                if (columns.stream().anyMatch(Column::isAmount)) {
                    starts.add(new Start(n, headerEnd, columns));
                    n = headerEnd;
                }
            } else if (Unit.isUnitLine(line) && rowsFollow(lines, n)) {
                starts.add(new Start(n, n, null));
            }
        }
        return starts;
    }

    /** The last line of a header that starts on {@code first}: the lines after it that hold headings only. */
    private static int headerEnd(DocumentLines lines, int first) {
        int end = first;
        for (int n = first + 1; n <= Math.min(lines.size(), first + HEADER_LINES_MAX); n++) {
            String line = lines.line(n);
            if (Column.isHeadingsOnly(line)) {
                end = n;
            } else if (!line.isBlank()) {
                break;
            }
        }
        return end;
    }

    /** True when the first non-blank lines after a unit line are rows, not a header (which starts the table). */
    private static boolean rowsFollow(DocumentLines lines, int unitLine) {
        for (int n = unitLine + 1; n <= lines.size(); n++) {
            if (!lines.line(n).isBlank()) {
                return RowKey.withChapter(lines.line(n)).isPresent();
            }
        }
        return false;
    }

    /** The table's last line: before the next start, the next heading of the outline, or the signature. */
    private static int end(ReadDocument document, Start start, int beforeNext) {
        int end = beforeNext;
        for (Section section : document.sections()) {
            if (section.line() > start.line() && section.line() - 1 < end) {
                end = section.line() - 1;
            }
        }
        for (int n = start.headerEnd() + 1; n <= end; n++) {
            if (SIGNATURE.matcher(document.lines().line(n)).matches()) {
                return n - 1;
            }
        }
        return end;
    }

    private static AllocationTable readTable(ReadDocument document, Start start, int end, AllocationTable before) {
        DocumentLines lines = document.lines();
        List<ImportWarning> warnings = new ArrayList<>();
        Section section = document.sectionAt(start.line());
        List<Column> columns = start.columns();
        if (columns == null) {
            columns = before != null ? before.columns() : List.of(new Column(Column.Role.CHAPTER_POST, "", null, null),
                    new Column(Column.Role.NAME, "", null, null), new Column(Column.Role.AMOUNT, "", Column.Stage.OTHER, null));
            warnings.add(new ImportWarning(start.line(), before != null
                    ? "table without a header row; read with the columns of the table on line " + before.headerLine()
                    : "table without a header row; read as kap./post, name and one amount of no named stage"));
        }
        Unit unit = unit(lines, section, start).orElseGet(() -> {
            warnings.add(new ImportWarning(start.line(), "the table names no unit; read as 1 000 kroner"));
            return Unit.THOUSANDS;
        });
        int amountColumns = Math.max(1, (int) columns.stream().filter(Column::isAmount).count());
        boolean chapterColumn = columns.stream().anyMatch(c -> c.role() == Column.Role.CHAPTER);
        boolean brokenWordsShow = CellText.lineEndsShowBrokenWords(lines.all().subList(start.line() - 1, end));

        List<AllocationRow> rows = new ArrayList<>();
        RowBuilder row = null;
        Integer chapter = null;
        int lastPost = -1;
        boolean previousEmpty = true;
        for (int n = start.headerEnd() + 1; n <= end; n++) {
            String raw = lines.line(n);
            boolean pageStart = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !previousEmpty;
            previousEmpty = raw.isEmpty();
            if (raw.isBlank() && !raw.isEmpty() && row != null) {
                row.paragraphBreak();
            }
            if (raw.isBlank() || Column.isHeadingsOnly(raw)) {
                continue;
            }
            Matcher sum = SUM.matcher(raw);
            Optional<RowKey> key = RowKey.withChapter(raw);
            boolean mayStartRow = row == null || !row.awaitsStikkordPost();
            if (key.isEmpty() && chapter != null && mayStartRow) {
                int previousPost = lastPost;
                key = RowKey.postOnly(raw).filter(k -> k.posts().get(0) >= previousPost);
            }
            Optional<Integer> chapterLine = mayStartRow ? RowKey.chapterLine(raw, chapterColumn) : Optional.empty();
            if (sum.matches() || key.isPresent() || chapterLine.isPresent()) {
                finish(row, unit, rows, warnings);
                row = null;
            }
            if (sum.matches()) {
                checkSum(sum, n, rows, columns, unit, warnings);
            } else if (key.isPresent()) {
                int rowChapter = key.get().chapter() != null ? key.get().chapter() : chapter;
                chapter = rowChapter;
                lastPost = key.get().posts().get(0);
                row = new RowBuilder(rowChapter, key.get().posts(), amountColumns, brokenWordsShow);
                row.start(n, key.get().rest());
            } else if (chapterLine.isPresent()) {
                chapter = chapterLine.get();
                lastPost = -1;
            } else if (row != null) {
                row.line(n, raw, pageStart);
            } else {
                warnings.add(new ImportWarning(n, "not part of any row of the table: " + raw.strip()));
            }
        }
        finish(row, unit, rows, warnings);
        Choice choice = allocationColumn(columns, document.identity() == null ? null : document.identity().year());
        if (choice.column() < 0) {
            warnings.add(new ImportWarning(start.line(), choice.rule()));
        }
        return new AllocationTable(section, start.line(), unit, columns, choice.column(), choice.rule(), rows, warnings);
    }

    private static void finish(RowBuilder row, Unit unit, List<AllocationRow> rows, List<ImportWarning> warnings) {
        if (row != null) {
            row.build(unit, warnings).ifPresent(rows::add);
        }
    }

    /** The unit named in the header, on the lines just before it within its section, or in the section's heading. */
    private static Optional<Unit> unit(DocumentLines lines, Section section, Start start) {
        Optional<Unit> inHeader = Unit.find(lines.joined(start.line(), start.headerEnd()));
        if (inHeader.isPresent()) {
            return inHeader;
        }
        int first = Math.max(section == null ? 1 : section.line() + 1, start.line() - UNIT_LINES_BEFORE);
        for (int n = start.line() - 1; n >= first; n--) {
            Optional<Unit> near = Unit.find(lines.line(n));
            if (near.isPresent()) {
                return near;
            }
        }
        return section == null ? Optional.empty() : Unit.find(section.heading());
    }

    /** Compares a sum line ("Sum kap. 740 1 714 331", "Sum 3 200") with the rows it sums. */
    private static void checkSum(Matcher sum, int line, List<AllocationRow> rows, List<Column> columns, Unit unit,
                                 List<ImportWarning> warnings) {
        Integer chapter = sum.group("chapter") == null ? null : Integer.valueOf(sum.group("chapter"));
        List<String> tokens = List.of(SPACES.split(sum.group("rest").strip()));
        int first = tokens.size();
        while (first > 0 && Figures.isFigure(tokens.get(first - 1))) {
            first--;
        }
        List<String> run = tokens.subList(first, tokens.size());
        List<Column> amountColumns = columns.stream().filter(Column::isAmount).toList();
        Optional<Figures.Reading> stated = Figures.read(run, amountColumns.size());
        String what = chapter == null ? "Sum" : "Sum kap. " + chapter;
        if (stated.isEmpty() || stated.get().tokensUsed() != run.size()) {
            warnings.add(new ImportWarning(line, "%s: cannot read %d amounts in \"%s\"; not checked"
                    .formatted(what, amountColumns.size(), String.join(" ", run))));
            return;
        }
        for (int column = 0; column < amountColumns.size(); column++) {
            long rowsGive = 0;
            for (AllocationRow row : rows) {
                Long amount = row.amountsKroner().get(column);
                if ((chapter == null || row.chapter() == chapter) && amount != null) {
                    rowsGive += amount;
                }
            }
            long lineSays = unit.toKroner(stated.get().amounts().get(column));
            if (rowsGive != lineSays) {
                warnings.add(new ImportWarning(line, "%s (%s): the rows give %s kroner, the line says %s kroner".formatted(what,
                        amountColumns.get(column).heading(), NorwegianNumbers.format(rowsGive), NorwegianNumbers.format(lineSays))));
            }
        }
    }

    /** The amount column chosen as this year's allocation, and the rule that chose it. */
    record Choice(int column, String rule) {
    }

    /**
     * The tildeling of the letter's year; else the one tildeling column where its heading gives no year; else
     * the bevilgning or saldert budsjett of the letter's year (or of no year) where it is the only amount column.
     */
    static Choice allocationColumn(List<Column> columns, Integer year) {
        List<Column> amounts = columns.stream().filter(Column::isAmount).toList();
        List<Integer> ofTheYear = indexes(amounts, c -> c.stage() == Column.Stage.TILDELING && year != null
                && year.equals(c.year()));
        if (ofTheYear.size() == 1) {
            return new Choice(ofTheYear.get(0), "\"%s\": the tildeling of the letter's year"
                    .formatted(amounts.get(ofTheYear.get(0)).heading()));
        }
        List<Integer> tildeling = indexes(amounts, c -> c.stage() == Column.Stage.TILDELING);
        if (ofTheYear.isEmpty() && tildeling.size() == 1 && amounts.get(tildeling.get(0)).year() == null) {
            return new Choice(tildeling.get(0), "\"%s\": the only tildeling column, of no other year"
                    .formatted(amounts.get(tildeling.get(0)).heading()));
        }
        if (amounts.size() == 1 && tildeling.isEmpty()) {
            Column only = amounts.get(0);
            boolean appropriation = only.stage() == Column.Stage.BEVILGNING
                    || only.stage() == Column.Stage.SALDERT_BUDSJETT;
            if (appropriation && (only.year() == null || only.year().equals(year))) {
                return new Choice(0, "\"%s\": the only amount column, the appropriation of the letter's year"
                        .formatted(only.heading()));
            }
        }
        String rule = "no amount column is this year's allocation (the tildeling of %s, or a bevilgning or saldert "
                + "budsjett of that year as the only amount column): %s";
        return new Choice(-1, rule.formatted(year == null ? "the letter's year" : year,
                String.join(", ", amounts.stream().map(c -> "\"" + c.heading() + "\"").toList())));
    }

    private static List<Integer> indexes(List<Column> columns, java.util.function.Predicate<Column> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (test.test(columns.get(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
