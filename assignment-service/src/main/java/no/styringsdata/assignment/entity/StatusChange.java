package no.styringsdata.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.styringsdata.assignment.domain.AssignmentStatus;

/** One entry of an assignment's status history: what, as of when, why, and who recorded it when. */
@Entity
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Assignment assignment;

    @Convert(converter = AssignmentStatusConverter.class)
    public AssignmentStatus status;

    public LocalDate statusDate;

    public String note;

    public String source;

    public String recordedBy;

    public Instant recordedAt;

    /** The assignment's history, oldest first. */
    public static List<StatusChange> historyOf(Assignment assignment) {
        return list("assignment = ?1 order by recordedAt, id", assignment);
    }
}
