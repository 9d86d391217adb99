package no.styringsdata.budget.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.table.AllocationTable;
import no.styringsdata.reader.table.AllocationTableReader;
import no.styringsdata.reader.table.AllocationTables;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Maps the allocation tables of a tildelingsbrev, as the document reader finds them wherever they stand, into
 * allocations: every row its own allocation of this year's amount (0 for a row without one), and each
 * kap./post once with its name and stikkord.
 */
public final class AllocationLetterParser {

    /**
     * Maps the letter's allocation tables; year, agency and date are the document's identity. Throws
     * {@link DocumentFormatException} when it has no allocation table with rows and an allocation column.
     */
    public ParsedDocument parse(ReadDocument document) {
        DocumentIdentity identity = document.identity();
        AllocationTables read = AllocationTableReader.read(document);
        List<ImportWarning> warnings = new ArrayList<>(read.allWarnings());
        List<AllocationTable> tables = read.tables().stream()
                .filter(table -> table.allocationColumn() >= 0 && !table.rows().isEmpty())
                .toList();
        if (tables.isEmpty()) {
            throw new DocumentFormatException("no allocation table (a header naming kap./post and this year's "
                    + "tildeling) with rows was found", 0);
        }
        List<LetterTableRow> rows = new ArrayList<>();
        tables.forEach(table -> rows.addAll(LetterTableRow.of(table, document.lines(), warnings)));
        int year = identity.year();
        LocalDate date = identity.date();
        LocalDate effective = date != null ? date : LocalDate.of(year, 1, 1);
        if (date == null) {
            warnings.add(new ImportWarning(0, "the letter gives no date; its allocations take effect " + effective));
        }

        List<ParsedAllocation> allocations = rows.stream()
                .map(row -> new ParsedAllocation(row.chapter(), row.post(), year, row.purpose(), row.comment(),
                        row.amountNok(), effective, row.source()))
                .toList();
        List<Integer> tableLines = tables.stream().map(AllocationTable::headerLine).toList();
        return new ParsedDocument(identity, identity.title(), tableLines, List.of(), List.of(), posts(rows, warnings),
                List.of(), allocations, List.of(), warnings);
    }

    /** One post per kap./post, named by the row that spells its name out most fully. */
    private static List<ParsedPost> posts(List<LetterTableRow> rows, List<ImportWarning> warnings) {
        Map<Integer, LetterTableRow> fullest = new LinkedHashMap<>();
        Map<Integer, String> plainNames = new LinkedHashMap<>();
        for (LetterTableRow row : rows) {
            String plain = Stikkord.splitCell(row.name()).name();
            String earlier = plainNames.putIfAbsent(row.key(), plain);
            if (earlier != null && !earlier.equalsIgnoreCase(plain)) {
                warnings.add(new ImportWarning(row.source().line(), "kap./post %d.%02d is named \"%s\" here and \"%s\" before"
                        .formatted(row.chapter(), row.post(), plain, earlier)));
            }
            fullest.merge(row.key(), row, (kept, next) -> next.name().length() > kept.name().length() ? next : kept);
        }
        return fullest.values().stream().map(row -> {
            Stikkord.Name name = Stikkord.splitCell(row.name());
            return new ParsedPost(row.chapter(), row.post(), name.name(), name.stikkord(), row.source());
        }).toList();
    }
}
