package no.styringsdata.reader.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit a table's amounts are written in, as its heading or a nearby line says. */
public enum Unit {
    KRONER(0, "kroner"),
    THOUSANDS(3, "1 000 kroner"),
    MILLIONS(6, "mill. kroner");

    /**
     * "(i 1 000 kr)", "(alle tall i 1 000 kroner)", "tusen kroner", "Mill. kroner", "(mill. kr)", "Beløp i kr",
     * "kroner". A figure right before the words ("20 mill. kroner", "100 000 kroner") makes them an amount of
     * the prose, not a unit.
     */
    private static final Pattern UNIT = Pattern.compile(
            "(?iU)(?<![\\d,]\\s?)\\b(?:(?:i\\s+)?1\\s?000\\s*kr(?:oner)?\\b|(?:i\\s+)?tusen\\s+kr(?:oner)?\\b"
                    + "|(mill(?:\\.|ioner)?|mrd\\.?)\\s*kr(?:oner)?\\b|(?:beløp|tall)\\s+i\\s+(?:hele\\s+)?kr(?:oner)?\\b"
                    + "|(?:^|\\()\\s*(?:i\\s+)?kr(?:oner)?\\s*(?:\\)|$))");
    /** A line that says nothing but the unit, as a table without a header row may start. */
    private static final Pattern UNIT_LINE = Pattern.compile(
            "(?iU)^\\s*\\(?\\s*(?:alle\\s+)?(?:tall|beløp)?\\s*(?:i\\s+)?(?:1\\s?000|tusen|mill\\.?|millioner)?\\s*kr(?:oner)?\\.?\\s*\\)?\\s*$");

    private final int decimalShift;
    private final String label;

    Unit(int decimalShift, String label) {
        this.decimalShift = decimalShift;
        this.label = label;
    }

    /** "1 000 kroner". */
    public String label() {
        return label;
    }

    /** The first unit the text names, if any. */
    public static Optional<Unit> find(String text) {
        Matcher unit = UNIT.matcher(text);
        if (!unit.find()) {
            return Optional.empty();
        }
        String found = unit.group().toLowerCase(java.util.Locale.ROOT);
        if (unit.group(1) != null) {
            return found.startsWith("mrd") ? Optional.empty() : Optional.of(MILLIONS);
        }
        return Optional.of(found.contains("000") || found.contains("tusen") ? THOUSANDS : KRONER);
    }

    /** True when the line holds the unit and nothing else: "(alle tall i 1 000 kroner)". */
    public static boolean isUnitLine(String line) {
        return UNIT_LINE.matcher(line).matches() && find(line).isPresent();
    }

    /** The amount in whole kroner, rounded half up where the figure has more decimals than the unit allows. */
    public long toKroner(BigDecimal amount) {
        return amount.movePointRight(decimalShift).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** True when {@link #toKroner} is exact for the amount. */
    public boolean isWhole(BigDecimal amount) {
        return amount.movePointRight(decimalShift).stripTrailingZeros().scale() <= 0;
    }
}
