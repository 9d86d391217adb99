package no.styringsdata.budget.service;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/**
 * What a cube of sums is grouped by, several at once. Each dimension's columns are fixed here, never taken
 * from a request: a request only picks dimensions from this enum.
 */
public enum CubeDimension implements WireNamed {
    PROGRAM_AREA("programArea", "ar.code, ar.name", "ar.code, ar.name"),
    PROGRAM_CATEGORY("programCategory", "cat.code, cat.name", "cat.code, cat.name"),
    /** Only summed from amount: amount_sum has no chapters. */
    CHAPTER("chapter", "c.number, c.name", null),
    /** Summed here from the sums per post number: a post's number, with the chapter kind, tells its kind. */
    POST_KIND("postKind", "p.number", "a.postNumber"),
    /** The ministry that owns the chapter. */
    MINISTRY("ministry", "c.ministryCode, m.name", "a.ministryCode, m.name"),
    /** The agency the figures are about: its own figures (an årsrapport's), not the state budget's. */
    AGENCY("agency", "ag.id, ag.name", "ag.id, ag.name"),
    YEAR("year", "a.year", "a.year"),
    STAGE("stage", "a.stage", "a.stage");

    private final String wireName;
    /** The columns read from Amount a (with its post p and chapter c), and from AmountSum a (null: not there). */
    final String columns;
    final String summedColumns;
    private final int width;

    CubeDimension(String wireName, String columns, String summedColumns) {
        this.wireName = wireName;
        this.columns = columns;
        this.summedColumns = summedColumns;
        this.width = columns.split(",").length;
    }

    /** The columns' count in the select list. */
    int width() {
        return width;
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
