package no.styringsdata.indicator.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** Hovedmål: one goal of a year as a document states it (the letter's section 3.N, or the report's N-th goal). */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int year;

    public int number;

    public String title;

    /** The wire name of the document kind: tildelingsbrev or arsrapport. */
    public String document;

    @Column(name = "source_title")
    public String sourceTitle;

    @Column(name = "source_line")
    public int sourceLine;

    public static Optional<Goal> find(String document, int year, int number) {
        return find("document = ?1 and year = ?2 and number = ?3", document, year, number).firstResultOptional();
    }
}
