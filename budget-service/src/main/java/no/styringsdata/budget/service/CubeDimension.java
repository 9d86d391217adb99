package no.styringsdata.budget.service;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/**
 * What a cube of sums is grouped by, several at once. Each dimension's columns are fixed here, never taken
 * from a request: a request only picks dimensions from this enum.
 */
public enum CubeDimension implements WireNamed {
    PROGRAM_AREA("programArea", "ar.code, ar.name"),
    PROGRAM_CATEGORY("programCategory", "cat.code, cat.name"),
    CHAPTER("chapter", "c.number, c.name"),
    /** Summed here from the sums per post number: a post's number, with the chapter kind, tells its kind. */
    POST_KIND("postKind", "p.number"),
    /** The ministry that owns the chapter. */
    MINISTRY("ministry", "c.ministryCode, m.name"),
    /** The agency the figures are about: its own figures (an årsrapport's), not the state budget's. */
    AGENCY("agency", "ag.id, ag.name"),
    YEAR("year", "a.year"),
    STAGE("stage", "a.stage");

    private final String wireName;
    final String columns;

    CubeDimension(String wireName, String columns) {
        this.wireName = wireName;
        this.columns = columns;
    }

    /** The columns' count in the select list. */
    int width() {
        return columns.split(",").length;
    }

    /** The cube dimension of an aggregation's single {@code groupBy}. */
    static CubeDimension of(Grouping grouping) {
        return switch (grouping) {
            case PROGRAM_CATEGORY -> PROGRAM_CATEGORY;
            case CHAPTER -> CHAPTER;
            case POST_KIND -> POST_KIND;
            case AGENCY -> AGENCY;
            case MINISTRY -> MINISTRY;
        };
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
