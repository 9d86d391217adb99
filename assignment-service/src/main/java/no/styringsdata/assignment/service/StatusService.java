package no.styringsdata.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.assignment.dto.AssignmentDetail;
import no.styringsdata.assignment.dto.StatusInput;
import no.styringsdata.assignment.entity.Assignment;
import no.styringsdata.assignment.entity.StatusChange;
import no.styringsdata.platform.audit.AuditLog;
import no.styringsdata.platform.write.KeyLocks;
import no.styringsdata.platform.write.Precondition;
import no.styringsdata.reader.assignment.AssignmentIds;

/**
 * Records status changes: each one is a new entry of the assignment's history (never an edit), and
 * bumps the assignment's version so that writers who read an older version get 412. The assignment is
 * locked first, so that concurrent writers of one assignment queue: of those sending the same entry,
 * one records it and the others find it as the latest (200); nothing here can violate a unique key.
 */
@ApplicationScoped
public class StatusService {

    @Inject
    AuditLog audit;

    @Inject
    KeyLocks keys;

    static final String API_SOURCE = "api";

    /**
     * The outcome: whether a history entry was recorded (false: the same status was sent again), the entry,
     * the new version, and the agency whose assignment it is.
     */
    public record Recorded(boolean created, AssignmentDetail.StatusChangeView change, long version, String agency) {
    }

    /**
     * Records a status of the one assignment of this id within the scope.
     *
     * @throws AmbiguousIdException when the id is that of several agencies' assignments in the scope
     */
    @Transactional
    public Recorded record(String id, Scope scope, StatusInput input, Long expectedVersion) {
        AssignmentStatus status = input.status();
        Assignment assignment = keys.lockAndCheck("assignment", AssignmentIds.canonical(id),
                () -> AssignmentLookup.one(id, scope, LockModeType.PESSIMISTIC_WRITE), a -> a.version,
                Precondition.ifMatch(expectedVersion), "assignment " + id);
        String agency = assignment.agency.id;
        Instant now = Instant.now();
        LocalDate date = input.date() != null ? input.date() : LocalDate.now(Clock.systemUTC());
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();

        List<StatusChange> history = StatusChange.historyOf(assignment);
        StatusChange latest = history.isEmpty() ? null : history.get(history.size() - 1);
        if (latest != null && latest.status == status && latest.statusDate.equals(date)
                && Objects.equals(latest.note, note)) {
            return new Recorded(false, view(latest), assignment.version, agency);
        }
        StatusChange change = new StatusChange(assignment, status, date, note, API_SOURCE, audit.subject(), now);
        change.persist();
        if (assignment.status != status) {
            assignment.status = status;
        } else {
            // A new history entry is a change of the assignment even when the status stays the same.
            Assignment.getEntityManager().lock(assignment, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        Assignment.flush();
        audit.record("status-change", "assignment", auditId(agency, id), latest == null ? null : view(latest),
                view(change));
        return new Recorded(true, view(change), assignment.version, agency);
    }

    /** How the audit log names an assignment: its agency and id, {@code helsedirektoratet/TB2025-43}. */
    public static String auditId(String agency, String id) {
        return agency + "/" + id;
    }

    private static AssignmentDetail.StatusChangeView view(StatusChange s) {
        return new AssignmentDetail.StatusChangeView(s.status, s.statusDate, s.note, s.source, s.recordedBy,
                s.recordedAt);
    }
}
