package no.styringsdata.assignment.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** Which allocation letter (tildelingsbrev) an assignment was given in. */
public enum LetterKind implements WireNamed {
    /** The main letter of the year, sent after Stortinget has adopted the budget. */
    MAIN("tildelingsbrev"),
    /** A supplementary letter (supplerende tildelingsbrev) sent during the year. */
    SUPPLEMENTARY("supplerende-tildelingsbrev");

    private final String wireName;

    LetterKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name the API shows, the same words the budget service uses for its document kinds. */
    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
