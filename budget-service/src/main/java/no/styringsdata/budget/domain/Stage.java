package no.styringsdata.budget.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** Budget stage (budsjettstadium) of an amount; the wire name is the Norwegian term. */
public enum Stage implements WireNamed {
    /** Accounts after the year ends. */
    REGNSKAP,
    /** The budget as adopted by Stortinget in December. */
    SALDERT,
    /** The government's proposal in Prop. 1 S. */
    FORSLAG,
    /** Changed during the year (revised or nysaldert budget). */
    REVIDERT,
    /** What the ministry allocated to an agency (tildelingsbrev, samlet tildeling). */
    TILDELING;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }
}
