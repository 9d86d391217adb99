package no.styringsdata.platform.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import no.styringsdata.platform.wire.WireNamed;

/** The {@code format} query parameter of the lists that answer JSON or CSV (see {@link FormatQueryFilter}). */
public enum Format implements WireNamed {
    JSON,
    CSV;

    /** The name in lower case: {@code json}, {@code csv}. */
    @Override
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
