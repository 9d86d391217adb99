package no.styringsdata.budget.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** Budget stage (budsjettstadium) of an amount; the wire name is the Norwegian term. */
public enum Stage implements WireNamed {
    /** Accounts after the year ends. */
    REGNSKAP("regnskap"),
    /** The budget as adopted by Stortinget in December. */
    SALDERT("saldert"),
    /** The government's proposal in Prop. 1 S. */
    FORSLAG("forslag"),
    /** Changed during the year (revised or nysaldert budget). */
    REVIDERT("revidert"),
    /** What the ministry allocated to an agency (tildelingsbrev, samlet tildeling). */
    TILDELING("tildeling");

    private final String wireName;

    Stage(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
