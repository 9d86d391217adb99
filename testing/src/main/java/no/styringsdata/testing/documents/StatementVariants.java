package no.styringsdata.testing.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Variants of the 2024 annual report's appropriation statement ({@code Bevilgningsrapportering 31.12.2024})
 * made in test code, to prove that a reader finds and reads the statement by its structure: moved elsewhere
 * with page furniture, headings renamed, a part removed, rows reordered. They work on the seed's text as it is:
 * the statement runs from its title to its net line "Netto rapportert til / bevilgningsregnskapet …", its
 * header rows start "Utgiftskapittel"/"Inntektskapittel", its rows start with a four-digit chapter.
 */
public final class StatementVariants {

    private static final Pattern TITLE = Pattern.compile("^Bevilgningsrapportering \\d{2}\\.\\d{2}\\.\\d{4}\\s*$");
    private static final Pattern NET_FIGURES = Pattern.compile("^bevilgningsregnskapet\\s+[\\d ]+$");
    /** A header row that repeats after a page break is indented in the seed: "  Utgiftskapittel …". */
    private static final Pattern REPEATED_HEADER = Pattern.compile("^\\s+Utgiftskapittel\\b.*");
    /** A row starts with its chapter; "2024 Regnskap 2024" is a header line that wrapped. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d{4}(?:\\s(?!.*Regnskap).*|$)");
    /** Lines that end a run of rows: a header, a sum line, a part's heading. */
    private static final Pattern END_OF_ROWS = Pattern.compile(
            "^\\s*(?:(?:Utgifts|Inntekts)kapittel\\b|Sum\\b|Netto\\b|Inntektskapitler\\b|Oppgjørsvirksomhet\\b).*");
    /** Page furniture put before each repeated header row in {@link #movedWithFurniture}. */
    public static final List<String> FURNITURE = List.of("Helsedirektoratet – Årsrapport 2024 ", "Side %d av 120 ");

    private StatementVariants() {
    }

    /**
     * The statement cut out and put just before "Note A" (after the capital accounts), with two lines of page
     * furniture (running title, page number) before each header row that repeats after a page break. Adds
     * {@code 2 ×} {@link #repeatedHeaders} lines.
     */
    public static String movedWithFurniture(String text) {
        List<String> lines = lines(text);
        int title = title(lines);
        int end = netEnd(lines, title);
        List<String> statement = new ArrayList<>(lines.subList(title, end + 1));
        List<String> rest = new ArrayList<>(lines.subList(0, title));
        rest.addAll(lines.subList(end + 1, lines.size()));
        int noteA = first(rest, Pattern.compile("^Note A – .*"));
        List<String> withFurniture = new ArrayList<>();
        int page = 87;
        for (String line : statement) {
            if (REPEATED_HEADER.matcher(line).matches()) {
                withFurniture.add(FURNITURE.get(0));
                withFurniture.add(FURNITURE.get(1).formatted(page++));
            }
            withFurniture.add(line);
        }
        rest.addAll(noteA, withFurniture);
        return String.join("\n", rest);
    }

    /** How many header rows repeat after a page break: indented "Utgiftskapittel …" lines. */
    public static int repeatedHeaders(String text) {
        return (int) lines(text).stream().filter(l -> REPEATED_HEADER.matcher(l).matches()).count();
    }

    /** "Samlet tildeling" → "Samlet tildeling*", "Regnskap 2024" → "Regnskap" in the statement's header rows. */
    public static String renamedHeadings(String text) {
        List<String> lines = lines(text);
        int title = title(lines);
        int end = netEnd(lines, title);
        for (int i = title; i <= end; i++) {
            lines.set(i, lines.get(i).replace("Samlet tildeling", "Samlet tildeling*")
                    .replace("Regnskap 2024", "Regnskap"));
        }
        return String.join("\n", lines);
    }

    /** The part "Inntektskapitler" removed: its heading, header row, rows and sum line "Sum inntektsført". */
    public static String withoutRevenue(String text) {
        List<String> lines = lines(text);
        int title = title(lines);
        int heading = first(lines, Pattern.compile("^Inntektskapitler\\s*$"));
        int sum = first(lines, Pattern.compile("^Sum inntektsført\\b.*"));
        if (heading < title || sum < heading) {
            throw new IllegalArgumentException("no part Inntektskapitler in the statement");
        }
        lines.subList(heading, sum + 1).clear();
        return String.join("\n", lines);
    }

    /**
     * The rows of each run (the rows between two header rows, sum lines or headings; a page of the expenditure
     * part, the revenue part, the settlement part) in reverse order, each row with its wrapped lines.
     */
    public static String rowsReversed(String text) {
        List<String> lines = lines(text);
        int title = title(lines);
        int end = netEnd(lines, title);
        List<String> out = new ArrayList<>(lines.subList(0, title));
        List<List<String>> run = new ArrayList<>();
        for (int i = title; i <= end; i++) {
            String line = lines.get(i);
            if (ROW.matcher(line).matches()) {
                run.add(new ArrayList<>(List.of(line)));
            } else if (!run.isEmpty() && !END_OF_ROWS.matcher(line).matches()) {
                run.get(run.size() - 1).add(line);
            } else {
                flushReversed(run, out);
                out.add(line);
            }
        }
        flushReversed(run, out);
        out.addAll(lines.subList(end + 1, lines.size()));
        return String.join("\n", out);
    }

    private static void flushReversed(List<List<String>> run, List<String> out) {
        Collections.reverse(run);
        run.forEach(out::addAll);
        run.clear();
    }

    private static int title(List<String> lines) {
        return first(lines, TITLE);
    }

    /** The last line of the statement: the figures of its net line. */
    private static int netEnd(List<String> lines, int title) {
        for (int i = title; i < lines.size(); i++) {
            if (NET_FIGURES.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        throw new IllegalArgumentException("the statement has no net line");
    }

    private static int first(List<String> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line matches " + pattern);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
