package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One whitespace-separated word of a table row, where it starts, and whether a no-break space came
 * before it. Amounts in the tables are written as digit groups ("1 656 802"), so the words that end
 * a row are the raw material of its column values.
 */
record NumberToken(String text, int start, boolean afterNoBreakSpace) {

    private static final Pattern GROUP = Pattern.compile("[-−–]?\\d{1,3}");
    private static final Pattern DASH = Pattern.compile("[-−–—]");

    /** A dash alone: the column has nothing. */
    boolean isDash() {
        return DASH.matcher(text).matches();
    }

    /** A group of one to three digits, possibly signed. */
    boolean isGroup() {
        return GROUP.matcher(text).matches();
    }

    /** May start a number: a group without a leading zero ("0" itself is fine). */
    boolean canStartNumber() {
        String digits = digits();
        return isGroup() && (digits.length() == 1 || digits.charAt(0) != '0');
    }

    /** May continue a number: exactly three digits, unsigned. */
    boolean canContinueNumber() {
        return text.length() == 3 && isGroup() && Character.isDigit(text.charAt(0));
    }

    boolean isNegative() {
        return isGroup() && !Character.isDigit(text.charAt(0));
    }

    String digits() {
        return Character.isDigit(text.charAt(0)) ? text : text.substring(1);
    }

    /** The words of a text, split on spaces, tabs and (narrow) no-break spaces. */
    static List<NumberToken> words(String text) {
        List<NumberToken> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            boolean noBreak = false;
            while (i < length && isSpace(text.charAt(i))) {
                noBreak |= text.charAt(i) != ' ' && text.charAt(i) != '\t';
                i++;
            }
            int start = i;
            while (i < length && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new NumberToken(text.substring(start, i), start, noBreak));
            }
        }
        return words;
    }

    /**
     * The run of digit groups and dashes that ends the given words, ignoring words that end after
     * {@code to} and stopping at the first word that starts before {@code from}.
     */
    static List<NumberToken> trailing(List<NumberToken> words, int from, int to) {
        int end = words.size();
        while (end > 0 && words.get(end - 1).start() >= to) {
            end--;
        }
        int first = end;
        while (first > 0) {
            NumberToken word = words.get(first - 1);
            if (word.start() < from || !(word.isGroup() || word.isDash())) {
                break;
            }
            first--;
        }
        return words.subList(first, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u202f';
    }
}
