package no.styringsdata.assignment.entity;

import jakarta.persistence.Convert;
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
