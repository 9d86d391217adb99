package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Programkategori, e.g. {@code 10.40 Sentral helseforvaltning}, within its programområde. */
@Entity
@Table(name = "program_category")
public class ProgramCategory extends PanacheEntityBase {

    @Id
    public String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_code")
    public ProgramArea area;

    public String name;
}
