package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.budget.domain.Stage;

/** An amount column of a Prop. 1 S table, as its header names it: {@code Saldert budsjett 2025}. */
record TableColumn(Stage stage, int year) {

    private static final Pattern COLUMN = Pattern.compile(
            "(Regnskap|Saldert\\s+budsjett|Revidert\\s+budsjett|Forslag)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    /** The amount columns named in a table header, in order; empty where the header names none. */
    static List<TableColumn> fromHeader(String headerText) {
        List<TableColumn> columns = new ArrayList<>();
        Matcher column = COLUMN.matcher(headerText);
        while (column.find()) {
            String name = column.group(1).toLowerCase(Locale.ROOT);
            Stage stage = name.startsWith("regnskap") ? Stage.REGNSKAP
                    : name.startsWith("saldert") ? Stage.SALDERT
                    : name.startsWith("revidert") ? Stage.REVIDERT
                    : Stage.FORSLAG;
            columns.add(new TableColumn(stage, Integer.parseInt(column.group(2))));
        }
        return columns;
    }

    /** The columns of a Prop. 1 S for the given budget year, for a header that cannot be read. */
    static List<TableColumn> standard(int year) {
        return List.of(new TableColumn(Stage.REGNSKAP, year - 2), new TableColumn(Stage.SALDERT, year - 1),
                new TableColumn(Stage.FORSLAG, year));
    }

    /** "saldert 2025". */
    String label() {
        return stage.wireName() + " " + year;
    }
}
