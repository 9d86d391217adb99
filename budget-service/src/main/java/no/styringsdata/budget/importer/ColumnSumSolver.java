package no.styringsdata.budget.importer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses one reading per row of a table so that the columns add up to a reading of the sum line, and
 * among the choices that do, the most plausible one (lowest total cost of the row readings and the sum
 * reading). A depth-first search with rows' readings in order of cost, cut off where the rows left can
 * no longer reach the sum, or can no longer come within {@link #CLOSE} of the best choice found: a
 * second choice that close is worth reporting, one further away is not.
 */
final class ColumnSumSolver {

    /** A second reading that adds up and costs at most this much more makes the table ambiguous. */
    static final double CLOSE = 1.0;
    /** Search steps allowed per table; real tables need from a handful to a few thousand. */
    static final int STEP_LIMIT = 1_000_000;

    /**
     * The outcome of a search.
     *
     * @param sum            the reading of the sum line the rows add up to, null where none fits
     * @param rows           the chosen reading of each row (empty where none fits)
     * @param closeSecond    whether another reading that adds up is nearly as plausible
     * @param stepsSpent     whether the search stopped at {@link #STEP_LIMIT}
     */
    record Solution(ColumnReading sum, List<ColumnReading> rows, boolean closeSecond, boolean stepsSpent) {

        boolean balanced() {
            return sum != null;
        }
    }

    private ColumnSumSolver() {
    }

    /** Each row must have at least one reading. */
    static Solution solve(List<List<ColumnReading>> rows, List<ColumnReading> sums) {
        Map<List<Long>, ColumnReading> targets = new LinkedHashMap<>();
        sums.stream().sorted(Comparator.comparingDouble(ColumnReading::cost))
                .forEach(sum -> targets.putIfAbsent(sum.totals(), sum));
        if (rows.isEmpty() || targets.isEmpty()) {
            return new Solution(null, List.of(), false, false);
        }
        Search search = new Search(rows);
        for (ColumnReading sum : targets.values()) {
            search.run(sum);
            if (search.steps > STEP_LIMIT) {
                return new Solution(null, List.of(), false, true);
            }
        }
        if (search.bestSum == null) {
            return new Solution(null, List.of(), false, false);
        }
        return new Solution(search.bestSum, List.of(search.bestRows),
                search.secondCost - search.bestCost <= CLOSE, false);
    }

    private static final class Search {
        private final List<List<ColumnReading>> rows;
        private final long[][] minAfter;
        private final long[][] maxAfter;
        private final double[] costAfter;
        private final ColumnReading[] chosen;
        private long[] target;
        private ColumnReading sum;
        private int steps;
        private double bestCost = Double.POSITIVE_INFINITY;
        private double secondCost = Double.POSITIVE_INFINITY;
        private ColumnReading bestSum;
        private ColumnReading[] bestRows;

        Search(List<List<ColumnReading>> rows) {
            this.rows = rows;
            this.chosen = new ColumnReading[rows.size()];
            int columns = rows.get(0).get(0).columns();
            minAfter = new long[rows.size() + 1][columns];
            maxAfter = new long[rows.size() + 1][columns];
            costAfter = new double[rows.size() + 1];
            for (int row = rows.size() - 1; row >= 0; row--) {
                costAfter[row] = costAfter[row + 1] + rows.get(row).get(0).cost();
                for (int column = 0; column < columns; column++) {
                    long min = Long.MAX_VALUE;
                    long max = Long.MIN_VALUE;
                    for (ColumnReading reading : rows.get(row)) {
                        min = Math.min(min, reading.total(column));
                        max = Math.max(max, reading.total(column));
                    }
                    minAfter[row][column] = minAfter[row + 1][column] + min;
                    maxAfter[row][column] = maxAfter[row + 1][column] + max;
                }
            }
        }

        void run(ColumnReading sum) {
            this.sum = sum;
            this.target = sum.totals().stream().mapToLong(Long::longValue).toArray();
            search(0, new long[target.length], sum.cost());
        }

        private void search(int row, long[] sums, double cost) {
            if (++steps > STEP_LIMIT || cost + costAfter[row] > Math.min(secondCost, bestCost + CLOSE)) {
                return;
            }
            for (int column = 0; column < target.length; column++) {
                if (sums[column] + minAfter[row][column] > target[column]
                        || sums[column] + maxAfter[row][column] < target[column]) {
                    return;
                }
            }
            if (row == rows.size()) {
                found(cost);
                return;
            }
            for (ColumnReading reading : rows.get(row)) {
                chosen[row] = reading;
                for (int column = 0; column < sums.length; column++) {
                    sums[column] += reading.total(column);
                }
                search(row + 1, sums, cost + reading.cost());
                for (int column = 0; column < sums.length; column++) {
                    sums[column] -= reading.total(column);
                }
            }
        }

        private void found(double cost) {
            if (cost < bestCost) {
                secondCost = bestCost;
                bestCost = cost;
                bestSum = sum;
                bestRows = Arrays.copyOf(chosen, chosen.length);
            } else if (cost < secondCost) {
                secondCost = cost;
            }
        }
    }
}
