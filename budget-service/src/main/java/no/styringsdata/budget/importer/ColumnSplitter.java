package no.styringsdata.budget.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Splits the number tokens that end a table row into column values. A space separates both the
 * thousands of one number and the columns, so "304 141 323 186 333 959" has many readings; this
 * lists every well-formed one (each number a group of 1–3 digits followed by groups of exactly three,
 * a dash for an empty column), ranked by plausibility. The table's sum line decides among them, see
 * {@link ColumnSumSolver}.
 */
final class ColumnSplitter {

    /** Four groups reach 999 999 999 999, far above any state budget figure in thousands. */
    static final int MAX_GROUPS = 4;

    /** A token of the run read as the end of the name rather than as an amount. */
    private static final double NAME_TOKEN_COST = 3.0;
    /**
     * Text extracted from these PDFs puts a no-break space after the first group of a number and an
     * ordinary space elsewhere; a reading that breaks that layout is unlikely.
     */
    private static final double LAYOUT_COST = 8.0;
    private static final double MISSING_COLUMN_COST = 0.7;
    private static final double INNER_GAP_COST = 0.5;
    private static final double MIDDLE_ONLY_COST = 0.3;

    private ColumnSplitter() {
    }

    /**
     * Every reading of the run into at most {@code columns} values, best first.
     *
     * @param maxNameTokens how many leading tokens may instead end the row's name
     */
    static List<ColumnReading> readings(List<NumberToken> run, int columns, int maxNameTokens) {
        List<ColumnReading> readings = new ArrayList<>();
        boolean noBreakLayout = run.stream().anyMatch(NumberToken::afterNoBreakSpace);
        for (int nameTokens = 0; nameTokens <= Math.min(maxNameTokens, run.size() - 1); nameTokens++) {
            List<List<int[]>> splits = new ArrayList<>();
            split(run, nameTokens, columns, new ArrayDeque<>(), splits);
            for (List<int[]> split : splits) {
                long[] numbers = split.stream().mapToLong(range -> value(run, range)).toArray();
                double cost = NAME_TOKEN_COST * nameTokens + magnitudeCost(numbers)
                        + (noBreakLayout ? layoutCost(run, split) : 0);
                for (int[] placement : placements(columns, numbers.length)) {
                    Long[] values = new Long[columns];
                    for (int i = 0; i < numbers.length; i++) {
                        values[placement[i]] = numbers[i];
                    }
                    readings.add(new ColumnReading(nameTokens, Collections.unmodifiableList(Arrays.asList(values)),
                            cost + placementCost(placement, columns)));
                }
            }
        }
        readings.sort(Comparator.comparingDouble(ColumnReading::cost).thenComparingInt(ColumnReading::nameTokens));
        return readings;
    }

    /** Token ranges [from, to) of each number, for every well-formed split of run[from..]. */
    private static void split(List<NumberToken> run, int from, int maxValues, Deque<int[]> current,
                              List<List<int[]>> out) {
        if (from == run.size()) {
            if (!current.isEmpty()) {
                out.add(new ArrayList<>(current));
            }
            return;
        }
        if (current.size() == maxValues) {
            return;
        }
        NumberToken first = run.get(from);
        if (first.isDash()) {
            current.addLast(new int[] {from, from + 1});
            split(run, from + 1, maxValues, current, out);
            current.removeLast();
            return;
        }
        if (!first.canStartNumber()) {
            return;
        }
        for (int to = from + 1; to <= Math.min(run.size(), from + MAX_GROUPS); to++) {
            if (to > from + 1 && !run.get(to - 1).canContinueNumber()) {
                break;
            }
            current.addLast(new int[] {from, to});
            split(run, to, maxValues, current, out);
            current.removeLast();
        }
    }

    private static long value(List<NumberToken> run, int[] range) {
        NumberToken first = run.get(range[0]);
        if (first.isDash()) {
            return 0;
        }
        long value = Long.parseLong(first.digits());
        for (int i = range[0] + 1; i < range[1]; i++) {
            value = value * 1000 + Long.parseLong(run.get(i).digits());
        }
        return first.isNegative() ? -value : value;
    }

    /** Amounts of one post in consecutive years are usually of the same size. */
    private static double magnitudeCost(long[] numbers) {
        double cost = 0;
        double previous = Double.NaN;
        for (long number : numbers) {
            if (number == 0) {
                continue;
            }
            double magnitude = Math.log10(Math.abs((double) number));
            if (!Double.isNaN(previous)) {
                cost += Math.abs(magnitude - previous);
            }
            previous = magnitude;
        }
        return cost;
    }

    private static double layoutCost(List<NumberToken> run, List<int[]> split) {
        double cost = 0;
        for (int[] range : split) {
            if (run.get(range[0]).afterNoBreakSpace()) {
                cost += LAYOUT_COST; // the number would start inside another one
            }
            if (range[1] - range[0] > 1 && !run.get(range[0] + 1).afterNoBreakSpace()) {
                cost += LAYOUT_COST; // the number lacks the no-break space after its first group
            }
        }
        return cost;
    }

    /** Fewer values than columns is normal for new and closed posts, but less likely than a full row. */
    private static double placementCost(int[] placement, int columns) {
        int first = placement[0];
        int last = placement[placement.length - 1];
        double cost = MISSING_COLUMN_COST * (columns - placement.length);
        cost += INNER_GAP_COST * (last - first + 1 - placement.length);
        if (first > 0 && last < columns - 1) {
            cost += MIDDLE_ONLY_COST;
        }
        return cost;
    }

    /** Every increasing choice of {@code count} columns out of {@code columns}. */
    private static List<int[]> placements(int columns, int count) {
        List<int[]> placements = new ArrayList<>();
        choose(columns, count, 0, new int[count], 0, placements);
        return placements;
    }

    private static void choose(int columns, int count, int next, int[] chosen, int filled, List<int[]> out) {
        if (filled == count) {
            out.add(chosen.clone());
            return;
        }
        for (int column = next; column <= columns - (count - filled); column++) {
            chosen[filled] = column;
            choose(columns, count, column + 1, chosen, filled + 1, out);
        }
    }
}
