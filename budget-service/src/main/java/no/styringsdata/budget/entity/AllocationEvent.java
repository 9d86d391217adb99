package no.styringsdata.budget.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import no.styringsdata.platform.entity.IdentityKeyEntity;

/** A dated change of an allocation: the first allocation, or money added or withdrawn later. */
@Entity
public class AllocationEvent extends IdentityKeyEntity {

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
