package no.styringsdata.assignment.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import no.styringsdata.platform.entity.IdentityKeyEntity;

/** Frist: one deadline of an assignment, in the order the text gives them. */
@Entity
public class Deadline extends IdentityKeyEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Assignment assignment;

    public int position;

    /** Null when the text gives no date that can be read. */
    public LocalDate dueDate;

    public String label;

    public String text;

    public boolean yearInferred;

    public int sourceLine;
}
