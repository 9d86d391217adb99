package no.styringsdata.reader.table;

import java.util.List;

/**
 * A sum line of an appropriation statement compared with the rows it sums.
 *
 * @param label     the line's label, wrapped lines joined ("Sum utgiftsført")
 * @param line      the line its figures stand on
 * @param figures   which of the rows' figures the line states, in its order
 * @param stated    what the line says, in whole kroner
 * @param rowsGive  what the rows give for the same figures
 * @param tolerance how far they may differ: half a krone per row, as each row's figures are kept in øre and
 *                  printed rounded to whole kroner
 */
public record SumCheck(String label, int line, List<AppropriationStatement.Figure> figures, List<Long> stated,
                       List<Long> rowsGive, long tolerance) {

    public SumCheck {
        figures = List.copyOf(figures);
        stated = List.copyOf(stated);
        rowsGive = List.copyOf(rowsGive);
    }

    /** True when every stated figure is within the tolerance of what the rows give. */
    public boolean matches() {
        for (int i = 0; i < stated.size(); i++) {
            if (Math.abs(stated.get(i) - rowsGive.get(i)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
