package no.styringsdata.platform.codelists;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a code list's English labels come from. */
@Schema(description = "Where the English labels come from: `translated` here (the API's own codes), `official` "
        + "(the official English names; a name without one as written), `as_written` (as the documents write them, "
        + "in Norwegian: there is no official English name, and none is made up)")
public enum EnglishLabels implements WireNamed {
    /** Translated here: codes of the API's own (stages, statuses, units). */
    TRANSLATED,
    /** The official English names (of the ministries); a name without one is as written. */
    OFFICIAL,
    /** As the documents write them, in Norwegian: there is no official English name, and none is made up. */
    AS_WRITTEN;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }
}
