package no.styringsdata.platform.jsonstat;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** The {@code format} of an operation that answers JSON, CSV or a JSON-stat dataset ({@link JsonStat#wanted}). */
public enum DatasetFormat implements WireNamed {
    JSON,
    CSV,
    JSONSTAT;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }
}
