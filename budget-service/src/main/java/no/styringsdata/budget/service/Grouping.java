package no.styringsdata.budget.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What an aggregation sums by. */
public enum Grouping {
    PROGRAM_CATEGORY("programCategory"),
    CHAPTER("chapter"),
    POST_KIND("postKind");

    private final String wireName;

    Grouping(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<Grouping> fromWireName(String name) {
        return Arrays.stream(values()).filter(g -> g.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
