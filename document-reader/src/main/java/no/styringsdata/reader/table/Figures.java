package no.styringsdata.reader.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The figures of a table row. A space separates both the thousands of one amount and two amounts, so a run
 * "486 140 486 140" has several readings into two columns; this lists the well-formed ones (an amount is
 * 1–3 digits then groups of exactly three, the last may carry a decimal comma; a dash is zero) and keeps the
 * one whose amounts are closest in size, as one post's amounts in neighbouring columns usually are.
 */
final class Figures {

    private static final Pattern LEAD = Pattern.compile("[-−–]?(?:0|[1-9]\\d{0,2})(?:,\\d+)?");
    private static final Pattern GROUP = Pattern.compile("\\d{3}(?:,\\d+)?");
    private static final Pattern DASH = Pattern.compile("[-−–—]");
    /** Five groups reach 999 999 999 999 999, far above any budget figure. */
    private static final int MAX_GROUPS = 5;

    /** A reading of the start of a run: its amounts, and how many of the run's tokens they took. */
    record Reading(List<BigDecimal> amounts, int tokensUsed) {
    }

    private Figures() {
    }

    static boolean isDash(String token) {
        return DASH.matcher(token).matches();
    }

    /** A token that may start an amount: "1", "589,3", "-14", or a dash. */
    static boolean startsAmount(String token) {
        return isDash(token) || LEAD.matcher(token).matches();
    }

    /** A token that may go on with the amount before it: three digits. */
    static boolean continuesAmount(String token) {
        return GROUP.matcher(token).matches();
    }

    /** A token of a run of figures. */
    static boolean isFigure(String token) {
        return startsAmount(token) || continuesAmount(token);
    }

    /**
     * The most plausible reading of exactly {@code count} amounts from the start of the run; the tokens after
     * them (a comment that starts with a figure) are left, but never a group that would go on with the last
     * amount.
     */
    static Optional<Reading> read(List<String> run, int count) {
        Reading best = null;
        double bestCost = Double.MAX_VALUE;
        for (Reading reading : readings(run, count)) {
            double cost = magnitudeCost(reading.amounts());
            if (cost < bestCost) {
                best = reading;
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every well-formed reading of exactly {@code count} amounts from the start of the run, for a caller that
     * chooses among them by other means (the arithmetic of an appropriation statement's columns).
     */
    static List<Reading> readings(List<String> run, int count) {
        List<List<BigDecimal>> candidates = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        walk(run, 0, count, new ArrayList<>(), candidates, used);
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            readings.add(new Reading(candidates.get(i), used.get(i)));
        }
        return readings;
    }

    /** The largest number of amounts, up to {@code count}, the run can be read as. */
    static int mostAmounts(List<String> run, int count) {
        for (int n = count; n > 0; n--) {
            if (read(run, n).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    private static void walk(List<String> run, int from, int count, List<BigDecimal> read,
                             List<List<BigDecimal>> candidates, List<Integer> used) {
        if (read.size() == count) {
            if (from == run.size() || !continuesAmount(run.get(from))) {
                candidates.add(List.copyOf(read));
                used.add(from);
            }
            return;
        }
        if (from >= run.size() || !startsAmount(run.get(from))) {
            return;
        }
        if (isDash(run.get(from))) {
            descend(run, from + 1, count, read, BigDecimal.ZERO, candidates, used);
            return;
        }
        StringBuilder digits = new StringBuilder(run.get(from));
        int next = from + 1;
        while (true) {
            descend(run, next, count, read, parse(digits.toString()), candidates, used);
            boolean whole = digits.indexOf(",") < 0;
            if (whole && next < run.size() && next - from < MAX_GROUPS && continuesAmount(run.get(next))) {
                digits.append(run.get(next));
                next++;
            } else {
                return;
            }
        }
    }

    private static void descend(List<String> run, int from, int count, List<BigDecimal> read, BigDecimal value,
                                List<List<BigDecimal>> candidates, List<Integer> used) {
        read.add(value);
        walk(run, from, count, read, candidates, used);
        read.remove(read.size() - 1);
    }

    private static BigDecimal parse(String digits) {
        return new BigDecimal(digits.replace('−', '-').replace('–', '-').replace(',', '.'));
    }

    private static double magnitudeCost(List<BigDecimal> amounts) {
        double cost = 0;
        double previous = Double.NaN;
        for (BigDecimal amount : amounts) {
            if (amount.signum() == 0) {
                continue;
            }
            double magnitude = Math.log10(amount.abs().doubleValue());
            if (!Double.isNaN(previous)) {
                cost += Math.abs(magnitude - previous);
            }
            previous = magnitude;
        }
        return cost;
    }
}
