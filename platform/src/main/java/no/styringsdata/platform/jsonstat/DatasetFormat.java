package no.styringsdata.platform.jsonstat;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.ws.rs.core.MediaType;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.wire.WireNamed;

/**
 * Every value of a {@code format} parameter, each the Accept header it stands for ({@link FormatQueryFilter} sets
 * it): an operation that answers JSON, CSV or a JSON-stat dataset declares it as its {@code format} (a list's
 * {@code format} is {@link no.styringsdata.platform.rest.Format}, JSON or CSV).
 */
public enum DatasetFormat implements WireNamed {
    JSON(MediaType.APPLICATION_JSON),
    CSV(FormatQueryFilter.TEXT_CSV),
    /**
     * JSON-stat first, JSON else: an operation that answers no JSON-stat answers JSON, and if it takes only JSON
     * and CSV refuses the value as it refuses any other (platform rest/FormatCheck), rather than a 406.
     */
    JSONSTAT(JsonStat.MEDIA_TYPE + ", " + MediaType.APPLICATION_JSON + ";q=0.5");

    private final String accept;

    DatasetFormat(String accept) {
        this.accept = accept;
    }

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }

    /** The Accept header the value stands for. */
    public String accept() {
        return accept;
    }
}
