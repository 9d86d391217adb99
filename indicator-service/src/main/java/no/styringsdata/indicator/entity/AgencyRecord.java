package no.styringsdata.indicator.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import no.styringsdata.platform.scope.AgencyEntity;

/** A goal, series or indicator: each is one agency's, read from a document of its ministry. */
@MappedSuperclass
public abstract class AgencyRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The ministry (departement) whose document it was read from (of a series: the one that started it). */
    public String ministryCode;

    /** The agency (virksomhet) the document is addressed to or written by. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AgencyEntity agency;
}
