package no.styringsdata.platform.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.ws.rs.core.MediaType;
import no.styringsdata.platform.wire.WireNamed;

/** The {@code format} query parameter of the lists that answer JSON or CSV (see {@link FormatQueryFilter}). */
public enum Format implements WireNamed {
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", FormatQueryFilter.TEXT_CSV);

    private final String wireName;
    private final String mediaType;

    Format(String wireName, String mediaType) {
        this.wireName = wireName;
        this.mediaType = mediaType;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String mediaType() {
        return mediaType;
    }
}
