package no.styringsdata.assignment.entity;

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

/** Frist: one deadline of an assignment, in the order the text gives them. */
@Entity
@Table(name = "deadline")
public class Deadline extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_pk")
    public Assignment assignment;

    public int position;

    /** Null when the text gives no date that can be read. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    public String label;

    public String text;

    @Column(name = "year_inferred")
    public boolean yearInferred;

    @Column(name = "source_line")
    public int sourceLine;
}
