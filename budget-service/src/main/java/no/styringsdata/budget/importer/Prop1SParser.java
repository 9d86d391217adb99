package no.styringsdata.budget.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;

/**
 * Reads a Prop. 1 S (the government's budget proposal for one ministry): every chapter table
 * ({@code Post Betegnelse / Regnskap 2024 / Saldert budsjett 2025 / Forslag 2026}, closed by
 * {@code Sum kap. 740 …}) into posts and amounts, the programkategori tables ({@code Kap. Betegnelse …
 * Sum kategori 10.40 …}) into chapter names and categories, and the programområde and programkategori
 * names.
 *
 * <p>Amounts are written with spaces between thousands and between columns alike; each table is read
 * so that its rows add up to its sum line (see {@link ColumnSumSolver}), and each sum line is reported
 * as a {@link SelfCheck}. The chapter of a table is the number on its sum line, since two-column
 * layout often puts a table far from its {@code Kap. 740 Helsedirektoratet} heading.
 */
public final class Prop1SParser {

    private static final TableBlock.Shape CHAPTER_TABLE = new TableBlock.Shape(
            Pattern.compile("^\\s*Post\\s+Betegnelse(?:\\s|$)"),
            Pattern.compile("^\\s*(\\d{2})\\s+\\p{Lu}"),
            Pattern.compile("^\\s*Sum\\s+kap\\.\\s*\\d"));
    private static final TableBlock.Shape CATEGORY_TABLE = new TableBlock.Shape(
            Pattern.compile("^\\s*Kap\\.\\s+Betegnelse(?:\\s|$)"),
            Pattern.compile("^\\s*(\\d{3,4})\\s+\\p{Lu}"),
            Pattern.compile("^\\s*Sum\\s+kategori\\s+\\d{2}\\.\\d{2}"));
    private static final Pattern CHAPTER_SUM = Pattern.compile("^\\s*Sum\\s+kap\\.\\s+(\\d{1,4})(?![\\d,])");
    private static final Pattern CATEGORY_SUM = Pattern.compile("^\\s*Sum\\s+kategori\\s+(\\d{2}\\.\\d{2})");
    private static final Pattern CHAPTER_HEADING = Pattern.compile("^\\s*Kap\\.\\s+(\\d{1,4})\\s+(\\p{Lu}.*?)\\s*$");
    /** "(i 1 000 kr)", "(alle tall i 1 000 kroner)". */
    private static final Pattern THOUSANDS = Pattern.compile(
            "\\((?:alle tall\\s+)?i\\s+1[\\s\\u00a0]?000\\s+kr(?:oner)?\\.?\\)", Pattern.CASE_INSENSITIVE);
    /** "(i mill. kr)" or a line "Mill. kroner"; not "mill. kroner" in prose. */
    private static final Pattern MILLIONS = Pattern.compile(
            "^\\s*\\(?(?:i\\s+)?mill\\.\\s+kr(?:oner)?\\.?\\)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int UNIT_LOOKBACK = 6;
    private static final int MAX_NAME_TOKENS = 2;
    /** Post names wrap over two or three lines; more suggests prose interleaved into the table. */
    private static final int MAX_ROW_LINES = 4;
    private static final long THOUSAND = 1_000;

    /**
     * Reads the whole document; title and budget year are the document's identity. Throws
     * {@link DocumentFormatException} where it has no chapter table.
     */
    public ParsedDocument parse(ReadDocument document) {
        return new Reading(document.identity(), document.lines()).read();
    }

    /** The state of reading one document. */
    private static final class Reading {
        private final DocumentIdentity identity;
        private final DocumentLines lines;
        private final PageFurniture furniture;
        private final ProgramCategories categories;
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final List<SelfCheck> checks = new ArrayList<>();
        private final List<ParsedPost> posts = new ArrayList<>();
        private final List<ParsedAmount> amounts = new ArrayList<>();
        /** Chapters' names and categories from the category tables, and their totals there. */
        private final Map<Integer, ParsedChapter> listedChapters = new TreeMap<>();
        private final Map<Integer, List<Long>> listedTotals = new HashMap<>();
        /** Chapters with a table, and the line of their sum. */
        private final Map<Integer, Integer> tabledChapters = new TreeMap<>();
        private final Map<Integer, SourceLine> headings = new HashMap<>();

        Reading(DocumentIdentity identity, DocumentLines lines) {
            this.identity = identity;
            this.lines = lines;
            this.furniture = PageFurniture.of(lines);
            this.categories = ProgramCategories.read(lines);
        }

        ParsedDocument read() {
            List<Integer> chapterTables = new ArrayList<>();
            List<Integer> categoryTables = new ArrayList<>();
            for (int i = 1; i <= lines.size(); i++) {
                String line = lines.line(i);
                if (line.contains("Betegnelse") && CHAPTER_TABLE.header().matcher(line).find()) {
                    chapterTables.add(i);
                } else if (line.contains("Betegnelse") && CATEGORY_TABLE.header().matcher(line).find()) {
                    categoryTables.add(i);
                } else if (line.contains("Kap.")) {
                    readHeading(i, line);
                }
            }
            List<TableBlock> blocks = chapterTables.stream()
                    .map(line -> TableBlock.read(lines, line, CHAPTER_TABLE, furniture.lines()))
                    .toList();
            if (blocks.stream().noneMatch(block -> block.sum() != null && !block.rows().isEmpty())) {
                throw new DocumentFormatException(
                        "No chapter table (Post Betegnelse … Sum kap.) found: not a Prop. 1 S", 0);
            }
            int year = budgetYear(blocks);
            for (int line : categoryTables) {
                readCategoryTable(TableBlock.read(lines, line, CATEGORY_TABLE, furniture.lines()), year);
            }
            for (TableBlock block : blocks) {
                readChapterTable(block, year);
            }
            if (year != identity.year()) {
                warnings.add(new ImportWarning(0, "The tables are of budget year " + year + ", the document of "
                        + identity.year() + "; the tables' years are kept"));
            }
            List<Integer> tables = blocks.stream().filter(block -> !block.rows().isEmpty())
                    .map(TableBlock::headerLine).toList();
            return new ParsedDocument(identity, identity.title(), tables, categories.all(), chapters(), posts,
                    amounts, List.of(), checks, warnings);
        }

        /** The budget year: the end of the session the page heads give, else the tables' Forslag year. */
        private int budgetYear(List<TableBlock> blocks) {
            Map<Integer, Integer> forslagYears = new HashMap<>();
            for (TableBlock block : blocks) {
                TableColumn.fromHeader(block.headerText()).stream()
                        .filter(column -> column.stage() == Stage.FORSLAG)
                        .forEach(column -> forslagYears.merge(column.year(), 1, Integer::sum));
            }
            Integer fromTables = forslagYears.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            Integer fromHeads = furniture.budgetYear();
            if (fromHeads != null && fromTables != null && !fromHeads.equals(fromTables)) {
                warnings.add(new ImportWarning(0, "Page heads give budget year " + fromHeads
                        + " but the tables propose for " + fromTables + "; using " + fromHeads));
            }
            if (fromHeads != null) {
                return fromHeads;
            }
            if (fromTables != null) {
                return fromTables;
            }
            throw new DocumentFormatException("Cannot tell the budget year: no page heads and no Forslag column", 0);
        }

        private void readHeading(int number, String line) {
            Matcher heading = CHAPTER_HEADING.matcher(line);
            if (heading.matches() && !heading.group(2).toLowerCase(Locale.ROOT).contains("kap.")) {
                int chapter = Integer.parseInt(heading.group(1));
                headings.putIfAbsent(chapter, new SourceLine(number, SolvedTable.plain(line).strip()));
            }
        }

        private void readCategoryTable(TableBlock block, int year) {
            Matcher sumLine = closingSum(block, CATEGORY_SUM, "category",
                    "Category table without rows or Sum kategori line");
            if (sumLine == null) {
                return;
            }
            String code = sumLine.group(1);
            categories.addCode(code);
            List<TableColumn> columns = columns(block, year);
            SolvedTable table = SolvedTable.solve(block, new SolvedTable.Layout(CATEGORY_SUM, columns.size(), true,
                    MAX_NAME_TOKENS), null);
            addCheck("Sum kategori " + code, table, columns, block);
            for (SolvedTable.SolvedRow row : table.rows()) {
                int chapter = row.row().key();
                listedChapters.putIfAbsent(chapter, new ParsedChapter(chapter, row.name(), code,
                        new SourceLine(row.row().line(), SolvedTable.plain(row.row().text()))));
                if (table.balanced()) {
                    listedTotals.putIfAbsent(chapter, row.reading().totals());
                }
            }
        }

        /**
         * The sum line that closes a table of a {@code kind}, matched by {@code sum}; null, with a warning, where the
         * table has no rows or no sum line ({@code noSum}), or its sum line does not name the category or chapter.
         */
        private Matcher closingSum(TableBlock block, Pattern sum, String kind, String noSum) {
            if (block.sum() == null || block.rows().isEmpty()) {
                warnings.add(new ImportWarning(block.headerLine(), noSum));
                return null;
            }
            Matcher sumLine = sum.matcher(block.sum().text());
            if (!sumLine.find()) {
                warnings.add(new ImportWarning(block.sum().line(), "Cannot tell the " + kind
                        + " of the table closed by '" + SolvedTable.plain(block.sum().text()) + "'; skipped"));
                return null;
            }
            return sumLine;
        }

        private void readChapterTable(TableBlock block, int year) {
            Matcher sumLine = closingSum(block, CHAPTER_SUM, "chapter",
                    "Chapter table without rows or Sum kap. line; skipped");
            if (sumLine == null) {
                return;
            }
            int chapter = Integer.parseInt(sumLine.group(1));
            if (tabledChapters.putIfAbsent(chapter, block.sum().line()) != null) {
                warnings.add(new ImportWarning(block.sum().line(), "A second table for kap. " + chapter + "; skipped"));
                return;
            }
            List<TableColumn> columns = columns(block, year);
            SolvedTable.Layout layout = new SolvedTable.Layout(CHAPTER_SUM, columns.size(), false, MAX_NAME_TOKENS);
            List<Long> listed = listedTotals.get(chapter);
            SolvedTable table = SolvedTable.solve(block, layout, listed);
            addCheck("Sum kap. " + chapter, table, columns, block);
            if (listed != null && !table.sum().totals().equals(listed)) {
                warnings.add(new ImportWarning(block.sum().line(), "Sum kap. " + chapter + " read as "
                        + table.sum().values().stream().map(Prop1SParser::format).toList()
                        + ", not as the chapter's row in its category table has it: "
                        + listed.stream().map(Prop1SParser::format).toList()));
            }
            long unit = unit(block.headerLine());
            for (SolvedTable.SolvedRow row : table.rows()) {
                int post = row.row().key(); // rows ascend, so no post is read twice
                SourceLine source = new SourceLine(row.row().line(), SolvedTable.plain(row.row().text()));
                if (post < 1) {
                    warnings.add(new ImportWarning(source.line(), "Post 00 of kap. " + chapter + " is not a post; skipped"));
                    continue;
                }
                if (row.row().lineCount() > MAX_ROW_LINES) {
                    warnings.add(new ImportWarning(source.line(), "Kap. " + chapter + " post " + post + " spans "
                            + row.row().lineCount() + " lines; text from outside the table may have been read into it"));
                }
                if (!row.amountsRead()) {
                    warnings.add(new ImportWarning(source.line(), "No amounts read for kap. " + chapter + " post " + post));
                }
                Stikkord.Name name = Stikkord.split(row.name());
                posts.add(new ParsedPost(chapter, post, name.name(), name.stikkord(), source));
                for (int column = 0; column < columns.size(); column++) {
                    Long value = row.reading().values().get(column);
                    if (value != null) {
                        TableColumn tableColumn = columns.get(column);
                        amounts.add(new ParsedAmount(chapter, post, tableColumn.year(), tableColumn.stage(),
                                BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(unit)).longValueExact(),
                                source, null));
                    }
                }
            }
        }

        private List<TableColumn> columns(TableBlock block, int year) {
            List<TableColumn> columns = TableColumn.fromHeader(block.headerText());
            if (columns.isEmpty()) {
                warnings.add(new ImportWarning(block.headerLine(),
                        "Table header names no amount columns; assuming Regnskap, Saldert budsjett, Forslag"));
                return TableColumn.standard(year);
            }
            return columns;
        }

        /** Kroner per unit of the table, from its "(i 1 000 kr)" line just above the header. */
        private long unit(int headerLine) {
            for (int i = headerLine - 1; i >= Math.max(1, headerLine - UNIT_LOOKBACK); i--) {
                if (THOUSANDS.matcher(lines.line(i)).find()) {
                    return THOUSAND;
                }
                if (MILLIONS.matcher(lines.line(i)).find()) {
                    return THOUSAND * THOUSAND;
                }
            }
            warnings.add(new ImportWarning(headerLine, "No unit above the table; assuming (i 1 000 kr)"));
            return THOUSAND;
        }

        private void addCheck(String subject, SolvedTable table, List<TableColumn> columns, TableBlock block) {
            int line = block.sum().line();
            String sumText = SolvedTable.plain(block.sum().text());
            if (table.stepsSpent()) {
                warnings.add(new ImportWarning(line, subject + ": too many readings of the rows to search"));
            }
            StringBuilder detail = new StringBuilder();
            for (int column = 0; column < columns.size(); column++) {
                long actual = 0;
                for (SolvedTable.SolvedRow row : table.rows()) {
                    actual += row.reading().total(column);
                }
                detail.append(column == 0 ? "" : "; ").append(columns.get(column).label())
                        .append(": expected ").append(format(table.sum().values().get(column)))
                        .append(", actual ").append(format(actual));
            }
            detail.append(" (").append(table.balanced() ? "rows add up to '" : "no reading of the rows adds up to '")
                    .append(sumText).append("')");
            checks.add(new SelfCheck(subject, table.balanced(), detail.toString(), line));
            if (!table.balanced()) {
                warnings.add(new ImportWarning(line, subject + ": the rows do not add up to the sum line; "
                        + "amounts are the most plausible reading of each row"));
            } else if (table.ambiguous()) {
                warnings.add(new ImportWarning(line, subject + ": another reading of the rows adds up to the sum "
                        + "line nearly as plausibly; took the most plausible"));
            }
        }

        /** Chapters with a table or a row in a category table, with name and category. */
        private List<ParsedChapter> chapters() {
            Set<Integer> numbers = new TreeSet<>(tabledChapters.keySet());
            numbers.addAll(listedChapters.keySet());
            List<ParsedChapter> chapters = new ArrayList<>();
            for (int number : numbers) {
                ParsedChapter listed = listedChapters.get(number);
                SourceLine heading = headings.get(number);
                // An agency's revenue chapter 3xxx belongs with its expenditure chapter; 5xxx stand alone.
                Integer paired = number / 1000 == 3 ? ChapterKind.pairedChapter(number) : null;
                ParsedChapter pair = paired == null ? null : listedChapters.get(paired);
                String name;
                SourceLine source;
                if (listed != null) {
                    name = listed.name();
                    source = listed.source();
                } else if (heading != null) {
                    Matcher matcher = CHAPTER_HEADING.matcher(heading.text());
                    if (!matcher.matches()) { // readHeading kept only lines it matches
                        throw new IllegalStateException("Line " + heading.line() + " is no chapter heading: "
                                + heading.text());
                    }
                    name = matcher.group(2);
                    source = heading;
                } else if (pair != null) {
                    name = pair.name();
                    source = pair.source();
                    warnings.add(new ImportWarning(tabledChapters.getOrDefault(number, 0), "No heading names kap. "
                            + number + "; named after its paired kap. " + paired));
                } else {
                    name = null;
                    source = new SourceLine(tabledChapters.getOrDefault(number, 0), "");
                    warnings.add(new ImportWarning(source.line(), "No name found for kap. " + number));
                }
                String category = listed != null ? listed.categoryCode()
                        : pair != null ? pair.categoryCode()
                        : categories.inForceAt(tabledChapters.getOrDefault(number, 0));
                if (category == null) {
                    warnings.add(new ImportWarning(source.line(), "No programkategori found for kap. " + number));
                }
                chapters.add(new ParsedChapter(number, name, category, source));
            }
            return chapters;
        }
    }

    /** "566 372", as the tables write amounts; "–" for an empty column. */
    static String format(Long value) {
        if (value == null) {
            return "–";
        }
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + grouped;
    }
}
