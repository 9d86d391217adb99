package no.styringsdata.reader.table;

import java.util.List;
import java.util.stream.Stream;
import no.styringsdata.reader.text.ImportWarning;

/**
 * The allocation tables of a document, and what could not be placed in any.
 *
 * @param tables   in document order
 * @param warnings about the document as a whole (no table found)
 */
public record AllocationTables(List<AllocationTable> tables, List<ImportWarning> warnings) {

    public AllocationTables {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** Every warning, the tables' and the document's, in line order. */
    public List<ImportWarning> allWarnings() {
        return Stream.concat(warnings.stream(), tables.stream().flatMap(t -> t.warnings().stream()))
                .sorted(java.util.Comparator.comparingInt(ImportWarning::line)).toList();
    }
}
