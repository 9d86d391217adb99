package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import no.styringsdata.platform.scope.AgencyEntity;

/** A row of an allocation letter: money on one kap./post for one purpose, to one agency. */
@Entity
public class Allocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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
