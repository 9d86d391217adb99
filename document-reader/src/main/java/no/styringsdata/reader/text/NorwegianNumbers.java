package no.styringsdata.reader.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Norwegian documents write them: a space (or no-break space) between thousands and a
 * decimal comma, {@code 1 546 737} and {@code 2 889,8}; a dash for nothing.
 */
public final class NorwegianNumbers {

    /** One number: 1–3 leading digits, then groups of exactly three, optional decimals. */
    private static final Pattern NUMBER =
            Pattern.compile("[-−–]?\\s?\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})*(?:,\\d+)?|[-−–]?\\d+(?:,\\d+)?");
    private static final Pattern DASH = Pattern.compile("[-–—]");

    private NorwegianNumbers() {
    }

    /** Parses one whole number, e.g. {@code "1 546 737"} or {@code "-14 500 000"}; a dash is zero. */
    public static Optional<Long> parseWhole(String text) {
        return parseDecimal(text).flatMap(d -> {
            try {
                return Optional.of(d.longValueExact());
            } catch (ArithmeticException notWhole) {
                return Optional.empty();
            }
        });
    }

    /** Parses one number with an optional decimal comma, e.g. {@code "2 889,8"}; a dash is zero. */
    public static Optional<BigDecimal> parseDecimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (DASH.matcher(trimmed).matches()) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (!NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String plain = trimmed.replaceAll("[\\s\\u00a0\\u202f]", "").replace('−', '-').replace('–', '-')
                .replace(',', '.');
        return Optional.of(new BigDecimal(plain));
    }

    /** Whole kroner as the documents write them, whatever the machine's locale: "1 546 737 000". */
    public static String format(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', ' ');
    }

    /** Converts an amount given in thousands of kroner ({@code i 1 000 kr}) to whole kroner. */
    public static long thousandsToKroner(BigDecimal thousands) {
        return thousands.movePointRight(3).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    /** Converts an amount given in millions of kroner ({@code mill. kr}) to whole kroner. */
    public static long millionsToKroner(BigDecimal millions) {
        return millions.movePointRight(6).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }
}
