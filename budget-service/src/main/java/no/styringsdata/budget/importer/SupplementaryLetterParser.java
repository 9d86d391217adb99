package no.styringsdata.budget.importer;
import no.styringsdata.reader.text.WrappedLines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.table.AllocationTable;
import no.styringsdata.reader.table.AllocationTableReader;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.NorwegianNumbers;
import no.styringsdata.reader.text.SourceLine;

/**
 * Reads the budget changes of a supplerende tildelingsbrev as allocation events: its section
 * "Budsjettildelinger" holds blocks headed {@code Kap. 701.21 – purpose} that add or withdraw money
 * in prose or in a small table {@code Tidligere tildeling / Ny tildeling / Sum tildelt}, and rows of
 * the allocation table the main letter also uses. Breakdowns of an allocation (the purposes a block
 * lists, an attached {@code Aktivitet Beløp} table) are detail: they are checked against the
 * allocation, not imported as allocations of their own.
 */
public final class SupplementaryLetterParser {

    private static final Pattern BUDGET_SECTION = Pattern.compile(
            "(?i)^\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:budsjettildelinger|budsjettendringer|endringer i tildelingen)\\s*:?\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)^\\s*med\\s+(?:vennlig\\s+)?hilsen\\b.*");
    private static final Pattern KAP_HEADING =
            Pattern.compile("(?i)^\\s*Kap\\.?\\s*(\\d{3,4})(?:\\.|,?\\s*post\\s+)(\\d{2})\\b\\s*(?:[–-]\\s*)?(.*?)\\s*$");
    private static final Pattern CHANGE_TABLE_HEADER =
            Pattern.compile("(?i).*\\btidligere\\s+tildeling\\b.*\\bny\\s+tildeling\\b.*");
    private static final Pattern CHANGE_TABLE_ROW = Pattern.compile("^\\s*(\\d{3,4})\\.(\\d{2})\\s+([\\d\\s]+?)\\s*$");
    private static final Pattern THOUSANDS_UNIT =
            Pattern.compile("(?i)^\\s*\\(?\\s*(?:alle\\s+tall\\s+)?(?:i\\s+)?1\\s?000\\s+kr(?:oner)?\\.?\\s*\\)?\\s*$");
    private static final String AMOUNT = DocumentFacts.PROSE_AMOUNT.pattern();
    private static final Pattern WITHDRAWAL =
            Pattern.compile("(?i)\\btrekk(?:er|es)?\\b(?:\\s+\\S+){0,3}?\\s+tilbake\\s+" + AMOUNT);
    private static final Pattern GRANT =
            Pattern.compile("(?i)\\b(?:tildeles|tilføres)\\b(?:\\s+\\S+){0,3}?\\s+" + AMOUNT);
    private static final Pattern PREVIOUSLY_GRANTED = Pattern.compile("(?i)\\btildelt\\s+" + AMOUNT);
    private static final Pattern NEW_TOTAL = Pattern.compile("(?i)\\butgjør\\s+" + AMOUNT);
    private static final Pattern ACTIVITY_HEADER = Pattern.compile("(?i)^\\s*Aktivitet(?:er)?\\s+Beløp\\s*$");
    private static final Pattern ACTIVITY_TOTAL =
            Pattern.compile("(?i)^\\s*(?:samlet|sum|totalt)\\b.*?\\s(\\d{1,3}(?: \\d{3})*)\\s*$");
    private static final Pattern ACTIVITY_AMOUNT = Pattern.compile("(?:^|\\s)(\\d{1,3}(?: \\d{3})+)\\s*$");
    private static final Pattern ASSIGNMENT_ID = Pattern.compile("(?m)^\\s*TB(\\d{4})\\s*[-–]\\s*(\\d+)\\b");

    /** Parses the letter, dating undated changes 1 January of the letter's year. */
    public ParsedDocument parse(ReadDocument document) {
        return parse(document, null);
    }

    /**
     * Parses the letter. Its changes take effect on the letter's date; where the text gives none, on
     * {@code dateIfUndated} (the date the letter was sent, known to the caller), else 1 January. Year,
     * agency and date are the document's identity.
     */
    public ParsedDocument parse(ReadDocument document, LocalDate dateIfUndated) {
        DocumentIdentity identity = document.identity();
        DocumentLines lines = document.lines();
        int sectionStart = findLine(lines, BUDGET_SECTION, 1, lines.size())
                .orElseThrow(() -> new DocumentFormatException("no section Budsjettildelinger with budget changes", 0));
        int sectionEnd = findLine(lines, SIGNATURE, sectionStart, lines.size()).orElse(lines.size() + 1);

        Letter letter = new Letter(lines, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        readSection(letter, document, sectionStart + 1, sectionEnd);
        checkActivityTables(letter, sectionStart);
        if (letter.changes.isEmpty()) {
            throw new DocumentFormatException("the section Budsjettildelinger holds no budget change", sectionStart);
        }

        int year = identity.year();
        LocalDate date = identity.date();
        LocalDate effective = date != null ? date : dateIfUndated != null ? dateIfUndated : LocalDate.of(year, 1, 1);
        if (date == null) {
            letter.warnings.add(new ImportWarning(0, "the letter gives no date; its changes take effect " + effective));
        }
        List<ParsedAllocation> allocations = letter.changes.stream()
                .map(c -> new ParsedAllocation(c.chapter, c.post, year, c.purpose, c.comment, c.amountNok,
                        effective, c.source))
                .toList();
        return new ParsedDocument(identity, title(identity, lines), List.of(), List.of(), List.of(), List.of(),
                List.of(), allocations, letter.checks, letter.warnings);
    }

    private record Letter(DocumentLines lines, List<Change> changes, List<Grant> grants, List<SelfCheck> checks,
                          List<ImportWarning> warnings) {
    }

    private record Change(int chapter, int post, String purpose, String comment, long amountNok, SourceLine source) {
    }

    /** An amount the letter's prose grants for a purpose, detail of a change. */
    private record Grant(String purpose, long amountNok, int line) {
    }

    /**
     * Reads the blocks and allocation tables of the section. A table's rows that carry an amount are changes; a
     * kap./post line in it without one is the heading of the prose block that follows ("Kap. 760.21").
     */
    private static void readSection(Letter letter, ReadDocument document, int from, int to) {
        DocumentLines lines = letter.lines;
        Map<Integer, List<LetterTableRow>> tables = new HashMap<>();
        for (AllocationTable table : AllocationTableReader.read(document).tables()) {
            List<ImportWarning> warnings = new ArrayList<>();
            List<LetterTableRow> changes = LetterTableRow.of(table, lines, warnings).stream()
                    .filter(row -> row.amountNok() != 0).toList();
            if (table.headerLine() >= from && table.headerLine() < to && !changes.isEmpty()) {
                tables.put(table.headerLine(), changes);
                Set<Integer> read = table.rows().stream().filter(row -> table.allocation(row).isPresent())
                        .flatMap(row -> row.lines().stream()).collect(Collectors.toSet());
                table.warnings().stream().filter(w -> w.line() <= table.headerLine() || read.contains(w.line()))
                        .forEach(letter.warnings::add);
            }
        }
        int n = from;
        while (n < to) {
            String line = lines.line(n);
            if (KAP_HEADING.matcher(line).matches()) {
                int end = n + 1;
                while (end < to && !KAP_HEADING.matcher(lines.line(end)).matches() && !tables.containsKey(end)) {
                    end++;
                }
                readBlock(letter, n, end);
                n = end;
            } else if (tables.containsKey(n)) {
                List<LetterTableRow> rows = tables.get(n);
                rows.forEach(row -> letter.changes.add(new Change(row.chapter(), row.post(), row.purpose(),
                        row.comment(), row.amountNok(), row.source())));
                n = rows.get(rows.size() - 1).source().line() + 1;
            } else {
                n++;
            }
        }
    }

    /** One block {@code Kap. NNN.PP – purpose}, lines {@code from} (the heading) to {@code to} (exclusive). */
    private static void readBlock(Letter letter, int from, int to) {
        DocumentLines lines = letter.lines;
        Matcher heading = KAP_HEADING.matcher(lines.line(from));
        heading.matches();
        int chapter = Integer.parseInt(heading.group(1));
        int post = Integer.parseInt(heading.group(2));
        String title = heading.group(3);
        String subject = "Kap. %d.%02d".formatted(chapter, post);

        List<Integer> proseLines = new ArrayList<>();
        Integer tableRow = null;
        boolean thousands = false;
        for (int n = from + 1; n < to; n++) {
            String line = lines.line(n);
            if (line.isBlank() || CHANGE_TABLE_HEADER.matcher(line).matches()
                    || KAP_HEADING.matcher(line).matches()) {
                continue;
            }
            if (THOUSANDS_UNIT.matcher(line).matches()) {
                thousands = true;
            } else if (CHANGE_TABLE_ROW.matcher(line).matches()) {
                tableRow = n;
            } else {
                proseLines.add(n);
            }
        }
        Prose prose = Prose.of(lines, proseLines);
        List<Grant> grants = new ArrayList<>();
        prose.find(GRANT).forEach(m -> grants.add(new Grant(prose.labelBefore(m.start()).orElse(title),
                DocumentFacts.proseAmountKroner(m), prose.lineAt(m.start(1)))));
        letter.grants.addAll(grants);

        if (tableRow != null) {
            readChangeTable(letter, subject, tableRow, thousands, title, prose, grants);
        } else {
            readProseChanges(letter, chapter, post, subject, title, prose, grants);
        }
    }

    /** "760.21 349110 6320 355 430": earlier allocation, new allocation, sum allocated. */
    private static void readChangeTable(Letter letter, String subject, int rowLine, boolean thousands, String title,
                                        Prose prose, List<Grant> grants) {
        DocumentLines lines = letter.lines;
        Matcher row = CHANGE_TABLE_ROW.matcher(lines.line(rowLine));
        row.matches();
        List<Long> figures = groupFigures(row.group(3));
        if (figures.size() != 3 || !thousands) {
            letter.warnings.add(new ImportWarning(rowLine, figures.size() != 3
                    ? subject + ": cannot tell the three figures earlier/new/sum apart in \"" + row.group(3).strip() + "\""
                    : subject + ": the table does not say its unit (1 000 kroner); change skipped"));
            return;
        }
        long earlier = figures.get(0) * 1000;
        long added = figures.get(1) * 1000;
        long sum = figures.get(2) * 1000;
        letter.checks.add(new SelfCheck(subject + ": tidligere tildeling + ny tildeling = sum tildelt",
                earlier + added == sum, "%s + %s = %s; the table says %s".formatted(DocumentFacts.kroner(earlier),
                DocumentFacts.kroner(added), DocumentFacts.kroner(earlier + added), DocumentFacts.kroner(sum)), rowLine));
        if (!grants.isEmpty()) {
            long granted = grants.stream().mapToLong(Grant::amountNok).sum();
            letter.checks.add(new SelfCheck(subject + ": the amounts the text grants = ny tildeling", granted == added,
                    "%s = %s; ny tildeling %s".formatted(grants.stream()
                            .map(g -> g.purpose() + " " + DocumentFacts.kroner(g.amountNok()))
                            .collect(Collectors.joining(" + ")), DocumentFacts.kroner(granted),
                            DocumentFacts.kroner(added)), rowLine));
        }
        String purpose = grants.isEmpty() ? title
                : grants.stream().map(Grant::purpose).distinct().collect(Collectors.joining("; "));
        letter.changes.add(new Change(Integer.parseInt(row.group(1)), Integer.parseInt(row.group(2)), purpose, prose.comment(),
                added, lines.source(rowLine)));
    }

    private static void readProseChanges(Letter letter, int chapter, int post, String subject, String title,
                                         Prose prose, List<Grant> grants) {
        List<MatchResult> withdrawals = prose.find(WITHDRAWAL);
        for (MatchResult withdrawal : withdrawals) {
            int line = prose.lineAt(withdrawal.start(1));
            letter.changes.add(new Change(chapter, post, title, prose.comment(), -DocumentFacts.proseAmountKroner(withdrawal),
                    letter.lines.source(line)));
        }
        for (Grant grant : grants) {
            letter.changes.add(new Change(chapter, post, grant.purpose(), prose.comment(), grant.amountNok(),
                    letter.lines.source(grant.line())));
        }
        if (withdrawals.isEmpty() && grants.isEmpty()) {
            letter.warnings.add(new ImportWarning(prose.firstLine(), subject + ": no amount added or withdrawn found"));
            return;
        }
        List<MatchResult> before = prose.find(PREVIOUSLY_GRANTED);
        List<MatchResult> after = prose.find(NEW_TOTAL);
        if (before.size() == 1 && after.size() == 1) {
            long earlier = DocumentFacts.proseAmountKroner(before.get(0));
            long change = grants.stream().mapToLong(Grant::amountNok).sum()
                    - withdrawals.stream().mapToLong(DocumentFacts::proseAmountKroner).sum();
            long stated = DocumentFacts.proseAmountKroner(after.get(0));
            letter.checks.add(new SelfCheck(subject + ": earlier allocation + change = the new allocation the text states",
                    earlier + change == stated, "%s %s %s = %s; the text says %s".formatted(
                    DocumentFacts.kroner(earlier), change < 0 ? "−" : "+", DocumentFacts.kroner(Math.abs(change)),
                    DocumentFacts.kroner(earlier + change), DocumentFacts.kroner(stated)),
                    prose.lineAt(after.get(0).start(1))));
        }
    }

    /** An attached table {@code Aktivitet Beløp} ... {@code Samlet tildeling ... 5 950 000}, in kroner. */
    private static void checkActivityTables(Letter letter, int from) {
        DocumentLines lines = letter.lines;
        for (int header = from; header <= lines.size(); header++) {
            if (!ACTIVITY_HEADER.matcher(lines.line(header)).matches()) {
                continue;
            }
            long sum = 0;
            int rows = 0;
            for (int n = header + 1; n <= lines.size(); n++) {
                String line = lines.line(n);
                Matcher total = ACTIVITY_TOTAL.matcher(line);
                if (total.matches()) {
                    long stated = whole(total.group(1));
                    letter.checks.add(new SelfCheck("Activity table at line %d: sum of %d activities = its total"
                            .formatted(header, rows), sum == stated, "%s; the table says %s"
                            .formatted(DocumentFacts.kroner(sum), DocumentFacts.kroner(stated)), n));
                    Optional<Grant> detailed = letter.grants.stream().filter(g -> g.amountNok() == stated).findFirst();
                    letter.checks.add(new SelfCheck("Activity table at line %d details an amount the letter grants"
                            .formatted(header), detailed.isPresent(), detailed
                            .map(g -> "%s: %s (line %d)".formatted(g.purpose(), DocumentFacts.kroner(g.amountNok()), g.line()))
                            .orElse("no grant of " + DocumentFacts.kroner(stated) + " in the text"), n));
                    break;
                }
                Matcher amount = ACTIVITY_AMOUNT.matcher(line);
                if (amount.find()) {
                    sum += whole(amount.group(1));
                    rows++;
                }
            }
        }
    }

    /** Groups "349110 6320 355 430" into numbers: a group of three digits continues the number before it. */
    static List<Long> groupFigures(String figures) {
        List<StringBuilder> numbers = new ArrayList<>();
        for (String token : figures.strip().split("\\s+")) {
            boolean continues = token.length() == 3 && !numbers.isEmpty()
                    && numbers.get(numbers.size() - 1).length() <= 3 + 4 * 4
                    && numbers.get(numbers.size() - 1).toString().matches("\\d{1,3}(?: \\d{3})*");
            if (continues) {
                numbers.get(numbers.size() - 1).append(' ').append(token);
            } else {
                numbers.add(new StringBuilder(token));
            }
        }
        return numbers.stream().map(n -> whole(n.toString())).toList();
    }

    /**
     * The letter's title line; where it has none, the title made from its identity with its date or the
     * range of its assignments' ids, so that an agency's several supplementary letters of a year stay
     * several documents: "Supplerende tildelingsbrev 2025 til Helsedirektoratet (TB2025-80–TB2025-91)".
     */
    private static String title(DocumentIdentity identity, DocumentLines lines) {
        String title = identity.title();
        int year = identity.year();
        LocalDate date = identity.date();
        if (!identity.titleMade()) {
            return title;
        }
        if (date != null) {
            return title + " av " + date;
        }
        Matcher ids = ASSIGNMENT_ID.matcher(String.join("\n", lines.all()));
        List<Integer> numbers = new ArrayList<>();
        while (ids.find()) {
            if (Integer.parseInt(ids.group(1)) == year) {
                numbers.add(Integer.parseInt(ids.group(2)));
            }
        }
        if (numbers.isEmpty()) {
            return title;
        }
        int first = numbers.stream().min(Integer::compare).orElseThrow();
        int last = numbers.stream().max(Integer::compare).orElseThrow();
        return title + " (TB%d-%d–TB%d-%d)".formatted(year, first, year, last);
    }

    private static long whole(String number) {
        return NorwegianNumbers.parseWhole(number).orElseThrow();
    }

    /** A block's prose lines joined into one text, each offset traceable to its line. */
    private record Prose(String text, String comment, List<Integer> lineNumbers, List<Integer> starts,
                         List<String> labels) {

        static Prose of(DocumentLines lines, List<Integer> numbers) {
            StringBuilder text = new StringBuilder();
            List<Integer> kept = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int n : numbers) {
                String line = lines.line(n).strip();
                if (text.length() > 0) {
                    text.append(' ');
                }
                kept.add(n);
                starts.add(text.length());
                text.append(line);
                boolean label = line.endsWith(":") && !GRANT.matcher(line).find();
                labels.add(label ? line.substring(0, line.length() - 1).strip() : null);
            }
            String comment = WrappedLines.join(numbers.stream().map(lines::line).toList());
            return new Prose(text.toString(), comment, kept, starts, labels);
        }

        List<MatchResult> find(Pattern pattern) {
            return pattern.matcher(text).results().toList();
        }

        int lineAt(int offset) {
            return lineNumbers.get(indexAt(offset));
        }

        int firstLine() {
            return lineNumbers.isEmpty() ? 0 : lineNumbers.get(0);
        }

        /** The nearest label line ("Pilotering av Nettlegen:") at or before the offset. */
        Optional<String> labelBefore(int offset) {
            for (int i = indexAt(offset); i >= 0; i--) {
                if (labels.get(i) != null) {
                    return Optional.of(labels.get(i));
                }
            }
            return Optional.empty();
        }

        private int indexAt(int offset) {
            int index = 0;
            while (index + 1 < starts.size() && starts.get(index + 1) <= offset) {
                index++;
            }
            return index;
        }
    }

    private static Optional<Integer> findLine(DocumentLines lines, Pattern pattern, int from, int to) {
        for (int n = from; n <= to; n++) {
            if (pattern.matcher(lines.line(n)).matches()) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
