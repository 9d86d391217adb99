package no.styringsdata.reader.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of an allocation table as its header names it.
 *
 * @param role    what the column holds
 * @param heading the heading as written ("Tildeling 2025", "Kap./post")
 * @param stage   for an amount column, the budget stage its heading names; null for other columns
 * @param year    for an amount column, the year its heading names, or null where it names none
 */
public record Column(Role role, String heading, Stage stage, Integer year) {

    /** What a column holds. */
    public enum Role {
        /** kap. and post in one cell: "740.01", "0740 01", "kap. 740 post 01". */
        CHAPTER_POST,
        CHAPTER,
        POST,
        NAME,
        AMOUNT,
        COMMENT
    }

    /** The budget stage an amount column's heading names. */
    public enum Stage {
        TILDELING, BEVILGNING, SALDERT_BUDSJETT, REVIDERT_BUDSJETT, FORSLAG, REGNSKAP, ENDRING,
        /** "Beløp", "Budsjett": an amount of no named stage. */
        OTHER
    }

    /** The headings, longest spelling first; a heading word inside another word does not count. */
    private static final Pattern HEADING = Pattern.compile("(?iU)(?<!\\p{L})(?:"
            + "(?<key>kap(?:ittel)?\\.?\\s*/\\s*post|kap\\.post|kap\\.?\\s*og\\s*post)"
            + "|(?<chapter>kap(?:ittel)?\\.?)"
            + "|(?<post>post(?:nr\\.?)?)"
            + "|(?<name>benevnelse|betegnelse|formål|navn|tekst)"
            + "|(?<amount>(?<stage>tidligere\\s+tildeling|ny\\s+tildeling|sum\\s+tildelt|tildeling|tildelt|bevilgning|saldert\\s+budsjett|vedtatt\\s+budsjett"
            + "|(?:revidert|nysaldert)\\s+budsjett|budsjett|forslag|regnskap|endring(?:er)?|beløp)"
            + "(?:\\s+(?:for\\s+|i\\s+)?(?<year>(?:19|20)\\d{2}))?)"
            + "|(?<comment>kommentar(?:er)?|merknad(?:er)?|omtale|beskrivelse)"
            + ")(?!\\p{L})");
    /** What else a header may hold: years, units, separators. */
    private static final Pattern FILLER = Pattern.compile(
            "(?iU)[\\s.,:;/()–-]|\\b(?:i|alle|tall|1|000|kr|kroner|mill|millioner)\\b|\\d{4}");

    /** True for an amount column. */
    public boolean isAmount() {
        return role == Role.AMOUNT;
    }

    /**
     * The columns a header text names, in order: "Kap./post Benevnelse Tildeling Kommentarer". "Post" after a
     * kap./post column is the name column.
     */
    static List<Column> fromHeader(String headerText) {
        List<Column> columns = new ArrayList<>();
        Matcher heading = HEADING.matcher(headerText);
        while (heading.find()) {
            String written = heading.group().replaceAll("\\s+", " ");
            Role role = heading.group("key") != null ? Role.CHAPTER_POST
                    : heading.group("chapter") != null ? Role.CHAPTER
                    : heading.group("post") != null ? (has(columns, Role.CHAPTER_POST) ? Role.NAME : Role.POST)
                    : heading.group("name") != null ? Role.NAME
                    : heading.group("amount") != null ? Role.AMOUNT
                    : Role.COMMENT;
            if (role == Role.AMOUNT) {
                String year = heading.group("year");
                columns.add(new Column(role, written, stage(heading.group("stage")),
                        year == null ? null : Integer.valueOf(year)));
            } else if (!has(columns, role)) {
                columns.add(new Column(role, written, null, null));
            }
        }
        return List.copyOf(columns);
    }

    /** True when the whole text is column headings (and years, units): a header that wrapped onto this line. */
    static boolean isHeadingsOnly(String text) {
        String rest = HEADING.matcher(text).replaceAll(" ");
        return !text.isBlank() && !rest.equals(text) && FILLER.matcher(rest).replaceAll("").isEmpty();
    }

    private static boolean has(List<Column> columns, Role role) {
        return columns.stream().anyMatch(c -> c.role == role);
    }

    private static Stage stage(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        // a supplementary letter's change table: "Tidligere tildeling", "Ny tildeling", "Sum tildelt 2025"
        if (word.startsWith("tidligere")) {
            return Stage.OTHER;
        }
        if (word.startsWith("ny")) {
            return Stage.ENDRING;
        }
        if (word.startsWith("tildel") || word.startsWith("sum")) {
            return Stage.TILDELING;
        }
        if (word.startsWith("bevilgning")) {
            return Stage.BEVILGNING;
        }
        if (word.startsWith("saldert") || word.startsWith("vedtatt")) {
            return Stage.SALDERT_BUDSJETT;
        }
        if (word.startsWith("revidert") || word.startsWith("nysaldert")) {
            return Stage.REVIDERT_BUDSJETT;
        }
        if (word.startsWith("forslag")) {
            return Stage.FORSLAG;
        }
        if (word.startsWith("regnskap")) {
            return Stage.REGNSKAP;
        }
        return word.startsWith("endring") ? Stage.ENDRING : Stage.OTHER;
    }
}
