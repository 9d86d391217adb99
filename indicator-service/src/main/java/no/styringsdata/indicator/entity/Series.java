package no.styringsdata.indicator.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Optional;
import no.styringsdata.platform.scope.AgencyEntity;

/**
 * One indicator of one agency over the years: every indicator of the agency whose normalised text is
 * {@code textKey} belongs to it. Another agency's indicator with the same text has a series of its own.
 */
@Entity
public class Series extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The ministry of the document that started the series. */
    public String ministryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AgencyEntity agency;

    public String textKey;

    /** The wire name of the kind of the indicator that started the series. */
    public String kind;

    /** The text of the indicator that started the series. */
    public String text;

    public static Optional<Series> find(String agencyId, String textKey) {
        return find("agency.id = ?1 and textKey = ?2", agencyId, textKey).firstResultOptional();
    }
}
