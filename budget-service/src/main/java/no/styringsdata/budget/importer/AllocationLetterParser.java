package no.styringsdata.budget.importer;
import no.styringsdata.reader.text.WrappedLines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Reads the budget allocation of a tildelingsbrev: every row of its tables {@code Kap./post Benevnelse
 * Tildeling Kommentarer} (utgifter and inntekter, in 1 000 kroner) as its own allocation, and each
 * kap./post once with its name and stikkord.
 */
public final class AllocationLetterParser {

    /** "styringssignaler for Helsedirektoratet for 2025", "tildelingsbrev til Helsedirektoratet for 2025". */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "(?i:styringssignaler|tildelingsbrev\\p{L}*)\\s+(?i:for|til)\\s+(\\p{Lu}[\\p{L}-]+)\\s+(?i:for)\\s+(\\d{4})\\b");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?i)tildelingsbrev(?:et)?\\s+(?:for\\s+)?(\\d{4})\\b");
    private static final int INTRODUCTION_LINES = 80;

    /** Parses the letter; throws {@link DocumentFormatException} when it has no allocation table. */
    public ParsedDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentFormatException("the document is empty", 0);
        }
        DocumentLines lines = DocumentLines.of(text);
        List<ImportWarning> warnings = new ArrayList<>();
        List<AllocationTableReader.Row> rows = readTables(lines, warnings);
        if (rows.isEmpty()) {
            throw new DocumentFormatException(
                    "no allocation table (Kap./post Benevnelse Tildeling Kommentarer) with rows was found", 0);
        }

        String introduction = introduction(lines);
        Matcher addressee = ADDRESSEE.matcher(introduction);
        boolean addressed = addressee.find();
        int year = addressed ? Integer.parseInt(addressee.group(2)) : yearFromTitle(text);
        String agency = addressed ? addressee.group(1) : DocumentFacts.mostFrequentAgency(text)
                .orElseThrow(() -> new DocumentFormatException("the letter does not say which agency it is for", 0));
        LocalDate date = DocumentFacts.letterDate(lines).orElse(null);
        LocalDate effective = date != null ? date : LocalDate.of(year, 1, 1);
        if (date == null) {
            warnings.add(new ImportWarning(0, "the letter gives no date; its allocations take effect " + effective));
        }

        List<ParsedAllocation> allocations = rows.stream()
                .map(row -> new ParsedAllocation(row.chapter(), row.post(), year, agency, row.purpose(),
                        row.comment(), row.amountNok(), effective, row.source()))
                .toList();
        return new ParsedDocument(DocumentKind.ALLOCATION_LETTER, year, "Tildelingsbrev %d til %s".formatted(year, agency),
                date, List.of(), List.of(), posts(rows, warnings), List.of(), allocations, List.of(), warnings);
    }

    private static List<AllocationTableReader.Row> readTables(DocumentLines lines, List<ImportWarning> warnings) {
        List<AllocationTableReader.Row> rows = new ArrayList<>();
        int n = 1;
        while (n <= lines.size()) {
            if (AllocationTableReader.startsTable(lines.line(n))) {
                AllocationTableReader.Table table = AllocationTableReader.read(lines, n);
                if (!table.rows().isEmpty() && !AllocationTableReader.UNITS_LINE.matcher(lines.line(n)).matches()) {
                    warnings.add(new ImportWarning(n, "allocation table without a units line; read as 1 000 kroner"));
                }
                rows.addAll(table.rows());
                warnings.addAll(table.warnings());
                n = table.lastLine() + 1;
            } else {
                n++;
            }
        }
        return rows;
    }

    /** One post per kap./post, named by the row that spells its name out most fully. */
    private static List<ParsedPost> posts(List<AllocationTableReader.Row> rows, List<ImportWarning> warnings) {
        Map<Integer, AllocationTableReader.Row> fullest = new LinkedHashMap<>();
        Map<Integer, String> plainNames = new LinkedHashMap<>();
        for (AllocationTableReader.Row row : rows) {
            int key = row.chapter() * 100 + row.post();
            String plain = AllocationTableReader.splitName(row.name()).name();
            String earlier = plainNames.putIfAbsent(key, plain);
            if (earlier != null && !earlier.equalsIgnoreCase(plain)) {
                warnings.add(new ImportWarning(row.source().line(), "kap./post %d.%02d is named \"%s\" here and \"%s\" before"
                        .formatted(row.chapter(), row.post(), plain, earlier)));
            }
            fullest.merge(key, row, (kept, next) -> next.name().length() > kept.name().length() ? next : kept);
        }
        return fullest.values().stream().map(row -> {
            Stikkord.Name name = AllocationTableReader.splitName(row.name());
            return new ParsedPost(row.chapter(), row.post(), name.name(), name.stikkord(), row.source());
        }).toList();
    }

    private static String introduction(DocumentLines lines) {
        List<String> first = lines.all().subList(0, Math.min(INTRODUCTION_LINES, lines.size()));
        return WrappedLines.join(first);
    }

    private static int yearFromTitle(String text) {
        return Optional.of(TITLE_YEAR.matcher(text)).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1)))
                .orElseThrow(() -> new DocumentFormatException("the letter does not say which year it is for", 0));
    }
}
