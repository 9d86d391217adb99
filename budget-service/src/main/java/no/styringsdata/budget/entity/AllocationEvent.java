package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated change of an allocation: the first allocation, or money added or withdrawn later. */
@Entity
@Table(name = "allocation_event")
public class AllocationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "allocation_id")
    public Allocation allocation;

    /** Signed: positive allocates or adds, negative withdraws. */
    @Column(name = "amount_nok")
    public long amountNok;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public SourceDocument document;

    @Column(name = "source_line")
    public int sourceLine;

    @Column(name = "source_text")
    public String sourceText;
}
