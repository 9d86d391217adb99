package no.styringsdata.reader.table;

import java.util.List;
import java.util.Optional;
import no.styringsdata.reader.structure.Section;
import no.styringsdata.reader.text.ImportWarning;

/**
 * One allocation table of a letter, with its own header.
 *
 * @param section          the section the table stands in (null before the first heading)
 * @param headerLine       the line of its header row, or of the unit line that starts a table without one
 * @param unit             the unit of its amounts as written
 * @param columns          its columns as the header names them (a table without a header row takes the
 *                         columns of the table before it)
 * @param allocationColumn which of the amount columns (an index into {@link #amountColumns()} and into each
 *                         row's amounts) is this year's allocation to the agency; -1 where none is
 * @param allocationRule   why that column was chosen, or why none was
 * @param rows             the rows, in order
 * @param warnings         what could not be read or placed, and sums that do not add up
 */
public record AllocationTable(Section section, int headerLine, Unit unit, List<Column> columns, int allocationColumn,
                              String allocationRule, List<AllocationRow> rows, List<ImportWarning> warnings) {

    public AllocationTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** The amount columns, in the order of each row's amounts. */
    public List<Column> amountColumns() {
        return columns.stream().filter(Column::isAmount).toList();
    }

    /** The row's allocation in whole kroner; empty where the table has no allocation column or the row no amount. */
    public Optional<Long> allocation(AllocationRow row) {
        return allocationColumn < 0 ? Optional.empty() : Optional.ofNullable(row.amountsKroner().get(allocationColumn));
    }
}
