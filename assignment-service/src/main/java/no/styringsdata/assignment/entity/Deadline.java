package no.styringsdata.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Frist: one deadline of an assignment, in the order the text gives them. */
@Entity
public class Deadline extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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
