package no.styringsdata.platform.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import no.styringsdata.platform.wire.WireNamed;

/** The {@code format} query parameter of the lists that answer JSON or CSV (see {@link FormatQueryFilter}). */
public enum Format implements WireNamed {
    JSON(MediaType.APPLICATION_JSON),
    CSV(FormatQueryFilter.TEXT_CSV);

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The name in lower case: {@code json}, {@code csv}. */
    @Override
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }
}
