package no.styringsdata.platform.scope;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ministry as this service knows it: its stable code and name. */
@Entity
@Table(name = "ministry")
public class MinistryEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
