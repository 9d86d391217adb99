package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Programkategori, e.g. {@code 10.40 Sentral helseforvaltning}, within its programområde. */
@Entity
public class ProgramCategory extends PanacheEntityBase {

    @Id
    public String code;

    @ManyToOne(optional = false)
    public ProgramArea area;

    public String name;

    /** The document the name stands from; null for one entered through the API (see V6__import_provenance.sql). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "named_by")
    public SourceDocument namedBy;
}
