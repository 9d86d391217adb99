package no.styringsdata.platform.scope;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "org_number")
    public String orgNumber;

    @Column(name = "ministry_code")
    public String ministryCode;
}
