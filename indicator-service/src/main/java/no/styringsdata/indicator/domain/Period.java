package no.styringsdata.indicator.domain;

/**
 * The period a value is for: a whole year, or one tertial (1–3) or quarter (1–4) of it.
 *
 * @param part 0 for a whole year, else the tertial or quarter number
 */
public record Period(int year, Kind kind, int part) {

    public enum Kind { YEAR, TERTIAL, QUARTER }

    public Period {
        int maxPart = switch (kind) {
            case YEAR -> 0;
            case TERTIAL -> 3;
            case QUARTER -> 4;
        };
        if (kind == Kind.YEAR ? part != 0 : part < 1 || part > maxPart) {
            throw new IllegalArgumentException("no " + kind + " " + part);
        }
    }

    public static Period year(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    public static Period tertial(int year, int tertial) {
        return new Period(year, Kind.TERTIAL, tertial);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Kind.QUARTER, quarter);
    }

    /** {@code 2024}, {@code 2024-T2} or {@code 2024-Q4}. */
    public String label() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case TERTIAL -> year + "-T" + part;
            case QUARTER -> year + "-Q" + part;
        };
    }
}
