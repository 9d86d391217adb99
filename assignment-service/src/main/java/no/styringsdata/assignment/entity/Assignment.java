package no.styringsdata.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.platform.scope.AgencyEntity;

/**
 * Oppdrag: one agency's assignment of an allocation letter. The letter's id ('TB2025-43') is unique only
 * within the agency's letters, so the key is a surrogate and (agency, id) is unique.
 */
@Entity
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long pk;

    /** The id the letter gives it. */
    public String id;

    /** The code of the ministry whose letter gave it. */
    public String ministryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AgencyEntity agency;

    public int year;

    public int number;

    /** The wire name of the letter's kind: tildelingsbrev or supplerende-tildelingsbrev. */
    public String letterKind;

    public int letterYear;

    public String letterTitle;

    public LocalDate letterDate;

    /** The SHA-256 of the letter's text: which of two letters that rank alike stands. */
    public String letterSha256;

    public String[] departments = new String[0];

    public String title;

    public String text;

    public Integer goalNumber;

    public String goalTitle;

    public boolean continued;

    public int sourceLine;

    public AssignmentStatus status = AssignmentStatus.NOT_STARTED;

    @Version
    public long version;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Deadline> deadlines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assignment_reference", joinColumns = @JoinColumn(name = "assignment_pk"))
    @OrderColumn(name = "position")
    @Column(name = "referenced_id")
    public List<String> assignmentRefs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "post_reference", joinColumns = @JoinColumn(name = "assignment_pk"))
    @OrderColumn(name = "position")
    public List<PostReference> postRefs = new ArrayList<>();
}
