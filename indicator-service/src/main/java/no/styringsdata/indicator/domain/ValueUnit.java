package no.styringsdata.indicator.domain;

/** The unit of an indicator value. Money is always whole kroner, percentages are percent numbers (97.3). */
public enum ValueUnit {
    PERCENT("percent"),
    COUNT("count"),
    /** Whole Norwegian kroner, converted from the document's thousands or millions. */
    NOK("nok"),
    RATIO("ratio"),
    YEARS("years"),
    /** Årsverk: full-time equivalents. */
    FTE("fte");

    private final String wireName;

    ValueUnit(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
