package no.styringsdata.budget.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Reads the budget allocation of a tildelingsbrev: every row of its tables {@code Kap./post Benevnelse
 * Tildeling Kommentarer} (utgifter and inntekter, in 1 000 kroner) as its own allocation, and each
 * kap./post once with its name and stikkord.
 */
public final class AllocationLetterParser {

    /**
     * Parses the letter's allocation tables; year, agency and date are the document's identity. Throws
     * {@link DocumentFormatException} when it has no allocation table.
     */
    public ParsedDocument parse(ReadDocument document) {
        DocumentIdentity identity = document.identity();
        DocumentLines lines = document.lines();
        List<ImportWarning> warnings = new ArrayList<>();
        List<Integer> tables = new ArrayList<>();
        List<AllocationTableReader.Row> rows = readTables(lines, tables, warnings);
        if (rows.isEmpty()) {
            throw new DocumentFormatException(
                    "no allocation table (Kap./post Benevnelse Tildeling Kommentarer) with rows was found", 0);
        }
        int year = identity.year();
        LocalDate date = identity.date();
        LocalDate effective = date != null ? date : LocalDate.of(year, 1, 1);
        if (date == null) {
            warnings.add(new ImportWarning(0, "the letter gives no date; its allocations take effect " + effective));
        }

        List<ParsedAllocation> allocations = rows.stream()
                .map(row -> new ParsedAllocation(row.chapter(), row.post(), year, row.purpose(),
                        row.comment(), row.amountNok(), effective, row.source()))
                .toList();
        return new ParsedDocument(identity, identity.title(), tables, List.of(), List.of(), posts(rows, warnings),
                List.of(), allocations, List.of(), warnings);
    }

    private static List<AllocationTableReader.Row> readTables(DocumentLines lines, List<Integer> tables,
                                                              List<ImportWarning> warnings) {
        List<AllocationTableReader.Row> rows = new ArrayList<>();
        int n = 1;
        while (n <= lines.size()) {
            if (AllocationTableReader.startsTable(lines.line(n))) {
                AllocationTableReader.Table table = AllocationTableReader.read(lines, n);
                if (!table.rows().isEmpty() && !AllocationTableReader.UNITS_LINE.matcher(lines.line(n)).matches()) {
                    warnings.add(new ImportWarning(n, "allocation table without a units line; read as 1 000 kroner"));
                }
                if (!table.rows().isEmpty()) {
                    tables.add(n);
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
}
