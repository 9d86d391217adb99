package no.styringsdata.indicator.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import no.styringsdata.platform.entity.IdentityKeyEntity;
import no.styringsdata.platform.scope.AgencyEntity;

/** A goal, series or indicator: each is one agency's, read from a document of its ministry. */
@MappedSuperclass
public abstract class AgencyRecord extends IdentityKeyEntity {

    /** The ministry (departement) whose document it was read from (of a series: the one that started it). */
    public String ministryCode;

    /** The agency (virksomhet) the document is addressed to or written by. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AgencyEntity agency;
}
