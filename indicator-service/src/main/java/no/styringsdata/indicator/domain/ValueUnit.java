package no.styringsdata.indicator.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** The unit of an indicator value. Money is always whole kroner, percentages are percent numbers (97.3). */
public enum ValueUnit implements WireNamed {
    PERCENT,
    COUNT,
    /** Whole Norwegian kroner, converted from the document's thousands or millions. */
    NOK,
    RATIO,
    YEARS,
    /** Årsverk: full-time equivalents. */
    FTE;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }
}
