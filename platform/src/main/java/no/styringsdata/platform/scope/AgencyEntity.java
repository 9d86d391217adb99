package no.styringsdata.platform.scope;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency as this service knows it: stable id, name, organisation number where known, ministry. */
@Entity
@Table(name = "agency")
public class AgencyEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String orgNumber;

    public String ministryCode;
}
