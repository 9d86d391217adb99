package no.styringsdata.indicator.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Periods on the wire: {@code 2024}, {@code 2024-T2} (tertial) or {@code 2024-Q4} (quarter), as {@link Period#label()} writes them. */
public final class Periods {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-([TQ])(\\d))?");

    private Periods() {
    }

    public static Optional<Period> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(label.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2200) {
            return Optional.empty();
        }
        try {
            if (m.group(2) == null) {
                return Optional.of(Period.year(year));
            }
            int part = Integer.parseInt(m.group(3));
            return Optional.of(m.group(2).equals("T") ? Period.tertial(year, part) : Period.quarter(year, part));
        } catch (IllegalArgumentException noSuchPart) {
            return Optional.empty();
        }
    }

    /** year, tertial or quarter: the period kind as the database and the wire name it. */
    public static String kindName(Period.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public static Period of(int year, String kindName, int part) {
        return new Period(year, Period.Kind.valueOf(kindName.toUpperCase(Locale.ROOT)), part);
    }
}
