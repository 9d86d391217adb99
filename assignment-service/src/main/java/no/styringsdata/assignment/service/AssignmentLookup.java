package no.styringsdata.assignment.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.LockModeType;
import java.util.List;
import no.styringsdata.assignment.entity.Assignment;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.reader.assignment.AssignmentIds;

/** The one assignment an id names within a scope: 404 when none, {@link AmbiguousIdException} when several. */
final class AssignmentLookup {

    private AssignmentLookup() {
    }

    static Assignment one(String written, Scope scope, LockModeType lock) {
        // as the letter wrote it ("TB2021-01") or as the reader gives it ("TB2021-1")
        String id = AssignmentIds.canonical(written);
        StringBuilder query = new StringBuilder("id = :id");
        Parameters params = Parameters.with("id", id);
        if (scope.ministryCode() != null) {
            query.append(" and ministryCode = :ministry");
            params.and("ministry", scope.ministryCode());
        }
        if (scope.agencyId() != null) {
            query.append(" and agency.id = :agency");
            params.and("agency", scope.agencyId());
        }
        PanacheQuery<Assignment> found = Assignment.find(query + " order by agency.id", params);
        // Locked in the query itself, so that what is read is the latest committed version.
        List<Assignment> matches = lock == LockModeType.NONE ? found.list() : found.withLock(lock).list();
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
