package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The figures at the end of a row of an appropriation account, as extracted text gives them: the
 * thousands separator and the column separator are the same single space, so "232 400 000 154 500
 * 965 77 899 035" does not show where one column ends. This class lists the ways such a run can be
 * read; the caller picks the reading its columns' arithmetic confirms.
 */
final class AccountFigures {

    private static final Pattern LEAD = Pattern.compile("-?(?:0|[1-9]\\d{0,2})");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");
    private static final Pattern DASH = Pattern.compile("[-–—]");
    /** Lead and groups of the largest amount read: 999 999 999 999 999 kroner. */
    private static final int MAX_GROUPS = 5;

    private AccountFigures() {
    }

    /**
     * Every way to read the first {@code count} numbers of the tokens, where a number is a dash (nothing,
     * 0) or one to three digits followed by groups of three, and the tokens left over start a number.
     */
    static List<List<Long>> readings(List<String> tokens, int count) {
        List<List<Long>> readings = new ArrayList<>();
        walk(tokens, 0, count, false, new ArrayList<>(), readings);
        return readings;
    }

    /** Every way to read all the tokens as exactly {@code count} numbers. */
    static List<List<Long>> completeReadings(List<String> tokens, int count) {
        List<List<Long>> readings = new ArrayList<>();
        walk(tokens, 0, count, true, new ArrayList<>(), readings);
        return readings;
    }

    /** The tokens read as exactly one number, if they can be. */
    static Optional<Long> single(List<String> tokens) {
        if (tokens.size() == 1 && isDash(tokens.get(0))) {
            return Optional.of(0L);
        }
        boolean oneNumber = !tokens.isEmpty() && LEAD.matcher(tokens.get(0)).matches() && tokens.size() <= MAX_GROUPS
                && tokens.stream().skip(1).allMatch(t -> GROUP.matcher(t).matches());
        return oneNumber ? Optional.of(Long.parseLong(String.join("", tokens))) : Optional.empty();
    }

    static boolean isDash(String token) {
        return DASH.matcher(token).matches();
    }

    private static void walk(List<String> tokens, int index, int count, boolean complete, List<Long> read,
                             List<List<Long>> readings) {
        if (read.size() == count) {
            if (index == tokens.size() || !complete && startsNumber(tokens.get(index))) {
                readings.add(List.copyOf(read));
            }
            return;
        }
        if (index >= tokens.size()) {
            return;
        }
        String first = tokens.get(index);
        if (isDash(first)) {
            descend(tokens, index + 1, count, complete, read, 0L, readings);
            return;
        }
        if (!LEAD.matcher(first).matches()) {
            return;
        }
        StringBuilder number = new StringBuilder(first);
        int next = index + 1;
        while (true) {
            descend(tokens, next, count, complete, read, Long.parseLong(number.toString()), readings);
            if (next < tokens.size() && next - index < MAX_GROUPS && GROUP.matcher(tokens.get(next)).matches()) {
                number.append(tokens.get(next));
                next++;
            } else {
                return;
            }
        }
    }

    private static void descend(List<String> tokens, int index, int count, boolean complete, List<Long> read,
                                long value, List<List<Long>> readings) {
        read.add(value);
        walk(tokens, index, count, complete, read, readings);
        read.remove(read.size() - 1);
    }

    private static boolean startsNumber(String token) {
        return isDash(token) || LEAD.matcher(token).matches();
    }
}
