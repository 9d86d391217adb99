package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Programområde, e.g. {@code 10 Helse og omsorg}. */
@Entity
@Table(name = "program_area")
public class ProgramArea extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
}
