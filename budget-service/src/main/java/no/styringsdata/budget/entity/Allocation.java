package no.styringsdata.budget.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import no.styringsdata.platform.entity.IdentityKeyEntity;
import no.styringsdata.platform.scope.AgencyEntity;

/** A row of an allocation letter: money on one kap./post for one purpose, to one agency. */
@Entity
public class Allocation extends IdentityKeyEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    public int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AgencyEntity agency;

    public String purpose;
    public String comment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SourceDocument document;

    public int sourceLine;
}
