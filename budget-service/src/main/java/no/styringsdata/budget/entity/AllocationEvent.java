package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A dated change of an allocation: the first allocation, or money added or withdrawn later. */
@Entity
public class AllocationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Allocation allocation;

    /** Signed: positive allocates or adds, negative withdraws. */
    public long amountNok;

    public LocalDate effectiveDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SourceDocument document;

    public int sourceLine;

    public String sourceText;
}
