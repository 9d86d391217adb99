package no.styringsdata.assignment.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.platform.entity.IdentityKeyEntity;

/** One entry of an assignment's status history: what, as of when, why, and who recorded it when. */
@Entity
public class StatusChange extends IdentityKeyEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Assignment assignment;

    public AssignmentStatus status;

    public LocalDate statusDate;

    public String note;

    public String source;

    public String recordedBy;

    public Instant recordedAt;

    protected StatusChange() {
        // for JPA
    }

    /** A new entry of the assignment's history, not yet persisted. */
    public StatusChange(Assignment assignment, AssignmentStatus status, LocalDate statusDate, String note, String source,
                        String recordedBy, Instant recordedAt) {
        this.assignment = assignment;
        this.status = status;
        this.statusDate = statusDate;
        this.note = note;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The assignment's history, oldest first. */
    public static List<StatusChange> historyOf(Assignment assignment) {
        return list("assignment = ?1 order by recordedAt, id", assignment);
    }
}
