package no.styringsdata.reader.table;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.text.ImportWarning;

/**
 * The appropriation statement of an annual report ("Bevilgningsrapportering 31.12.2024"): every kap./post row
 * with its part of the statement, and its sum lines checked against the rows.
 *
 * @param line     the line of its title
 * @param date     the date its title gives
 * @param unit     the unit its figures are written in
 * @param sections its parts, in order
 * @param rows     every row, in order
 * @param sums     its sum lines, each compared with the rows it sums
 * @param warnings what could not be read or placed, and sums that do not add up
 */
public record AppropriationStatement(int line, LocalDate date, Unit unit, List<StatementSection> sections,
                                     List<StatementRow> rows, List<SumCheck> sums, List<ImportWarning> warnings) {

    /** The figures of a row, in the statement's column order. */
    public enum Figure {
        SAMLET_TILDELING("samlet tildeling"), REGNSKAP("regnskap"), MERUTGIFT_MINDREUTGIFT("merutgift/mindreutgift");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        /** "samlet tildeling". */
        public String label() {
            return label;
        }

        /** This figure of the row, or null where it has none. */
        public Long of(StatementRow row) {
            return switch (this) {
                case SAMLET_TILDELING -> row.allocated();
                case REGNSKAP -> row.accounted();
                case MERUTGIFT_MINDREUTGIFT -> row.difference();
            };
        }
    }

    public AppropriationStatement {
        sections = List.copyOf(sections);
        rows = List.copyOf(rows);
        sums = List.copyOf(sums);
        warnings = List.copyOf(warnings);
    }

    /** The accounting year: the year of the title's date. */
    public int year() {
        return date.getYear();
    }

    /** The rows that stand under the section. */
    public List<StatementRow> rows(StatementSection section) {
        return rows.stream().filter(r -> r.section().equals(section)).toList();
    }
}
