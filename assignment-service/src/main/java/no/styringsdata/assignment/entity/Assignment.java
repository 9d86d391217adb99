package no.styringsdata.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.styringsdata.assignment.domain.AssignmentStatus;

/** Oppdrag: one assignment of an allocation letter, identified as the letter does ('TB2025-43'). */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public String id;

    public int year;

    public int number;

    /** The wire name of the letter's kind: tildelingsbrev or supplerende-tildelingsbrev. */
    @Column(name = "letter_kind")
    public String letterKind;

    @Column(name = "letter_year")
    public int letterYear;

    @Column(name = "letter_title")
    public String letterTitle;

    @Column(name = "letter_date")
    public LocalDate letterDate;

    public String[] departments = new String[0];

    public String title;

    public String text;

    @Column(name = "goal_number")
    public Integer goalNumber;

    @Column(name = "goal_title")
    public String goalTitle;

    public boolean continued;

    @Column(name = "source_line")
    public int sourceLine;

    @Convert(converter = AssignmentStatusConverter.class)
    public AssignmentStatus status = AssignmentStatus.NOT_STARTED;

    @Version
    public long version;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Deadline> deadlines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assignment_reference", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    @Column(name = "referenced_id")
    public List<String> assignmentRefs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "post_reference", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    public List<PostReference> postRefs = new ArrayList<>();
}
