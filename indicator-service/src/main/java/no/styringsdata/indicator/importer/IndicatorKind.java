package no.styringsdata.indicator.importer;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/**
 * What an indicator is to the ministry: something the agency is steered by, a measured series, or a result
 * the agency is required to reach.
 */
public enum IndicatorKind implements WireNamed {
    /** Styringsparameter. */
    STEERING_PARAMETER,
    /** Nøkkeltall. */
    KEY_FIGURE,
    /**
     * Resultatkrav: a result the letter requires of the agency, listed under a goal or an area (or under a
     * "Prestasjonskrav" heading that belongs to no steering parameter).
     */
    RESULT_REQUIREMENT;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }
}
