package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Programområde, e.g. {@code 10 Helse og omsorg}. */
@Entity
public class ProgramArea extends PanacheEntityBase {

    @Id
    public String code;
    public String name;

    /** The document the name stands from; null for one entered through the API (see V6__import_provenance.sql). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "named_by")
    public SourceDocument namedBy;
}
