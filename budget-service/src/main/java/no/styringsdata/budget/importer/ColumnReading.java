package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One way to read the number tokens that end a table row: how many of them still belong to the name,
 * and the value of each column (null where the row has nothing in that column), ranked by a cost
 * where lower is more plausible.
 *
 * @param nameTokens leading tokens of the run read as the end of the row's name (e.g. "Utbytte 2")
 * @param values     one entry per column, in the table's unit; null where the column is empty
 */
record ColumnReading(int nameTokens, List<Long> values, double cost) {

    /** The value of a column, counting an empty column as zero. */
    long total(int column) {
        Long value = values.get(column);
        return value == null ? 0 : value;
    }

    /** All columns, empty ones as zero: what a sum line must equal. */
    List<Long> totals() {
        List<Long> totals = new ArrayList<>(values.size());
        for (int column = 0; column < values.size(); column++) {
            totals.add(total(column));
        }
        return totals;
    }

    int columns() {
        return values.size();
    }
}
