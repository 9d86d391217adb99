package no.styringsdata.indicator.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import no.styringsdata.platform.entity.IdentityKeyEntity;

/** One value of an indicator for a period (and a breakdown, when it is for part of the whole). */
@Entity
public class IndicatorValue extends IdentityKeyEntity {

    /** The origin and source of a value entered or corrected through the API, which no import overwrites. */
    public static final String API_ORIGIN = "api";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Indicator indicator;

    public int periodYear;

    /** year, tertial or quarter. */
    public String periodKind;

    /** 0 for a whole year, else the tertial or quarter. */
    public int periodPart;

    /** Null when the report gives only prose; the note then holds it. */
    public BigDecimal value;

    /** The unit's wire name; null exactly when value is. */
    public String unit;

    /** Null for the whole; never empty. */
    public String breakdown;

    /** table, labelled_line, sentence, prose_only, or api for values entered here. */
    public String origin;

    public String note;

    /** The document it was read from, or {@code api}. */
    public String source;

    public Integer sourceLine;

    @Version
    public long version;

    public String recordedBy;

    public Instant recordedAt;

    public boolean enteredThroughApi() {
        return API_ORIGIN.equals(origin);
    }

    /** The indicator's value for a period and breakdown (null: the whole), or null: the table's natural key. */
    public static IndicatorValue findByKey(Indicator indicator, int year, String periodKind, int part, String breakdown) {
        String key = "indicator = ?1 and periodYear = ?2 and periodKind = ?3 and periodPart = ?4 and breakdown ";
        return breakdown == null
                ? IndicatorValue.<IndicatorValue>find(key + "is null", indicator, year, periodKind, part).firstResult()
                : IndicatorValue.<IndicatorValue>find(key + "= ?5", indicator, year, periodKind, part, breakdown)
                        .firstResult();
    }
}
