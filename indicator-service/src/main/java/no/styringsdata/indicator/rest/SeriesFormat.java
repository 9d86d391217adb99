package no.styringsdata.indicator.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** The {@code format} of an indicator's values: a list's two, and JSON-stat. */
public enum SeriesFormat implements WireNamed {
    JSON,
    CSV,
    JSONSTAT;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }
}
