package no.styringsdata.assignment.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.LockModeType;
import java.util.List;
import no.styringsdata.assignment.entity.Assignment;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.query.Where;
import no.styringsdata.reader.assignment.AssignmentIds;

/** The one assignment an id names within a scope: 404 when none, {@link AmbiguousIdException} when several. */
final class AssignmentLookup {

    private AssignmentLookup() {
    }

    static Assignment one(String written, Scope scope, LockModeType lock) {
        // as the letter wrote it ("TB2021-01") or as the reader gives it ("TB2021-1")
        String id = AssignmentIds.canonical(written);
        Where where = Where.start("id = :id").bind("id", id)
                .and("ministryCode = :ministry", "ministry", scope.ministryCode())
                .and("agency.id = :agency", "agency", scope.agencyId());
        PanacheQuery<Assignment> found = Assignment.find(where + " order by agency.id", where.parameters());
        // Locked in the query itself, so that what is read is the latest committed version.
        List<Assignment> matches = lock == LockModeType.NONE ? found.list() : found.withLock(lock).list();
        return only(matches, id, scope);
    }

    /** The one of the assignments an id matched (in the order of their agencies), as {@link #one} decides. */
    static Assignment only(List<Assignment> matches, String id, Scope scope) {
        if (matches.isEmpty()) {
            throw Problems.notFound("No assignment " + id + describe(scope));
        }
        if (matches.size() > 1) {
            throw new AmbiguousIdException(id, matches.stream()
                    .map(a -> new AmbiguousIdException.Candidate(a.agency.id, a.agency.name, a.ministryCode)).toList());
        }
        return matches.get(0);
    }

    private static String describe(Scope scope) {
        return (scope.agencyId() == null ? "" : " of agency " + scope.agencyId())
                + (scope.ministryCode() == null ? "" : " of ministry " + scope.ministryCode());
    }
}
