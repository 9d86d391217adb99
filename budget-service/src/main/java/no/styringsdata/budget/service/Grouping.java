package no.styringsdata.budget.service;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** What an aggregation sums by. */
public enum Grouping implements WireNamed {
    PROGRAM_CATEGORY("programCategory"),
    CHAPTER("chapter"),
    POST_KIND("postKind"),
    /** By the agency the figures are about: its own figures (an årsrapport's), not the state budget's. */
    AGENCY("agency"),
    /** By the ministry that owns the chapter. */
    MINISTRY("ministry");

    private final String wireName;

    Grouping(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
