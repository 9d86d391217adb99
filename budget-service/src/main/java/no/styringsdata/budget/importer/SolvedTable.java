package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table whose rows have been read into column values that add up to its sum line.
 *
 * @param rows       every row with its name and chosen reading
 * @param sum        the chosen reading of the sum line (the most plausible one where nothing adds up)
 * @param balanced   whether the rows add up to the sum line
 * @param ambiguous  whether another reading of the rows adds up and is nearly as plausible
 * @param stepsSpent whether the search for readings that add up gave up (see {@link ColumnSumSolver})
 */
record SolvedTable(List<SolvedRow> rows, ColumnReading sum, boolean balanced, boolean ambiguous, boolean stepsSpent) {

    /**
     * A row read: its name text (before the amounts, no-break spaces made plain) and its values.
     *
     * @param amountsRead false where the row has no amounts that could be read
     */
    record SolvedRow(TableBlock.Row row, String name, ColumnReading reading, boolean amountsRead) {
    }

    /** How a kind of table is read. */
    record Layout(Pattern sumPrefix, int columns, boolean percentColumn, int maxNameTokens) {
    }

    /** "kan nyttes under post 70": the referenced posts end the name, the amounts come after them. */
    private static final Pattern POST_REFERENCE = Pattern.compile(Stikkord.MAY_BE_USED_UNDER.pattern() + "(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("[-−–]?\\d+,\\d+%?");

    /**
     * Reads the table's rows so that they add up to its sum line.
     *
     * @param requiredTotals the sum the table must have where another table of the document gives it
     *                       (a chapter's row in its programkategori table), else null
     */
    static SolvedTable solve(TableBlock block, Layout layout, List<Long> requiredTotals) {
        List<List<NumberToken>> runs = new ArrayList<>();
        List<List<ColumnReading>> readings = new ArrayList<>();
        for (TableBlock.Row row : block.rows()) {
            List<NumberToken> run = amountRun(row.text(), keyEnd(row.text()), layout.percentColumn());
            runs.add(run);
            readings.add(ColumnSplitter.readings(run, layout.columns(), layout.maxNameTokens()));
        }
        List<ColumnReading> sums = sumReadings(block.sum().text(), layout);
        List<ColumnReading> required = requiredTotals == null ? List.of()
                : sums.stream().filter(sum -> sum.totals().equals(requiredTotals)).toList();

        List<List<ColumnReading>> searched = readings.stream()
                .map(list -> list.isEmpty() ? List.of(empty(layout.columns())) : list).toList();
        ColumnSumSolver.Solution solution = ColumnSumSolver.solve(searched, required.isEmpty() ? sums : required);
        if (!solution.balanced() && !required.isEmpty()) {
            solution = ColumnSumSolver.solve(searched, sums); // the caller compares the sum with the required one
        }
        List<ColumnReading> chosen = solution.balanced() ? solution.rows()
                : searched.stream().map(list -> list.get(0)).toList();
        ColumnReading sum = solution.balanced() ? solution.sum() : sums.isEmpty() ? empty(layout.columns()) : sums.get(0);

        List<SolvedRow> rows = new ArrayList<>();
        for (int i = 0; i < block.rows().size(); i++) {
            TableBlock.Row row = block.rows().get(i);
            List<NumberToken> run = runs.get(i);
            ColumnReading reading = chosen.get(i);
            int nameEnd = readings.get(i).isEmpty() ? row.text().length() : run.get(reading.nameTokens()).start();
            String name = plain(row.text().substring(keyEnd(row.text()), nameEnd)).strip();
            rows.add(new SolvedRow(row, name, reading, !readings.get(i).isEmpty()));
        }
        return new SolvedTable(rows, sum, solution.balanced(), solution.closeSecond(), solution.stepsSpent());
    }

    private static List<ColumnReading> sumReadings(String text, Layout layout) {
        Matcher prefix = layout.sumPrefix().matcher(text);
        int from = prefix.find() ? prefix.end() : 0;
        List<NumberToken> run = amountRun(text, from, layout.percentColumn());
        return ColumnSplitter.readings(run, layout.columns(), 0);
    }

    /** The number tokens that end a row, after its name and any posts its stikkord refer to. */
    private static List<NumberToken> amountRun(String text, int from, boolean percentColumn) {
        List<NumberToken> words = NumberToken.words(text);
        int to = text.length();
        if (percentColumn && !words.isEmpty() && PERCENT.matcher(words.get(words.size() - 1).text()).matches()) {
            to = words.get(words.size() - 1).start();
        }
        Matcher reference = POST_REFERENCE.matcher(plain(text));
        while (reference.find()) {
            if (reference.end() <= to) {
                from = Math.max(from, reference.end());
            }
        }
        return NumberToken.trailing(words, from, to);
    }

    /** Where the row's key (its post or chapter number) ends. */
    private static int keyEnd(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static ColumnReading empty(int columns) {
        return new ColumnReading(0, Collections.unmodifiableList(Arrays.asList(new Long[columns])), 0);
    }

    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
