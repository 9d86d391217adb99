package no.styringsdata.indicator.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** The unit of an indicator value. Money is always whole kroner, percentages are percent numbers (97.3). */
public enum ValueUnit implements WireNamed {
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

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
