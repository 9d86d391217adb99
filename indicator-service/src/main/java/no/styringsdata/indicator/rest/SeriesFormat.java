package no.styringsdata.indicator.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** The {@code format} of an indicator's values: a list's two, and JSON-stat. */
public enum SeriesFormat implements WireNamed {
    JSON("json"),
    CSV("csv"),
    JSONSTAT("jsonstat");

    private final String wireName;

    SeriesFormat(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
