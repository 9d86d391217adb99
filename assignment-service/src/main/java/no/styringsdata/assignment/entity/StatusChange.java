package no.styringsdata.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.styringsdata.assignment.domain.AssignmentStatus;

/** One entry of an assignment's status history: what, as of when, why, and who recorded it when. */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_pk")
    public Assignment assignment;

    @Convert(converter = AssignmentStatusConverter.class)
    public AssignmentStatus status;

    @Column(name = "status_date")
    public LocalDate statusDate;

    public String note;

    public String source;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The assignment's history, oldest first. */
    public static List<StatusChange> historyOf(Assignment assignment) {
        return list("assignment = ?1 order by recordedAt, id", assignment);
    }
}
