package no.styringsdata.indicator.entity;

import jakarta.persistence.Entity;
import java.util.Optional;

/**
 * One indicator of one agency over the years: every indicator of the agency whose normalised text is
 * {@code textKey} belongs to it. Another agency's indicator with the same text has a series of its own.
 */
@Entity
public class Series extends AgencyRecord {

    public String textKey;

    /** The wire name of the kind of the indicator that started the series. */
    public String kind;

    /** The text of the indicator that started the series. */
    public String text;

    public static Optional<Series> find(String agencyId, String textKey) {
        return find("agency.id = ?1 and textKey = ?2", agencyId, textKey).firstResultOptional();
    }
}
