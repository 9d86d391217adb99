package no.styringsdata.indicator.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A normalised form of an indicator's text, so that the same indicator can be found again in
 * another year's letter or report: lower case, every run of punctuation and whitespace folded
 * to one space. "«mer av»-gruppene" and "mer av gruppene" give the same key.
 */
public final class IndicatorTextKey {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private IndicatorTextKey() {
    }

    public static String of(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
