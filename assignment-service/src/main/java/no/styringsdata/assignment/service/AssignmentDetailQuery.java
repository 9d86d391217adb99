package no.styringsdata.assignment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.List;
import no.styringsdata.assignment.entity.Assignment;
import no.styringsdata.assignment.entity.StatusChange;
import no.styringsdata.assignment.service.AssignmentQueryService.Versioned;
import no.styringsdata.platform.query.Where;
import no.styringsdata.reader.assignment.AssignmentIds;

/**
 * One assignment in full in one SQL statement: PostgreSQL builds each matching assignment, with its agency,
 * deadlines, references and status history, as JSON, read into detached entities for
 * {@link AssignmentQueryService#detail}. One statement is one snapshot, so the version (the ETag) is that of the
 * answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssignmentDetailQuery {

    private static final String ASSIGNMENT = "SELECT CAST(json_build_object("
            + "'pk', a.pk, 'id', a.id, 'ministryCode', a.ministry_code, "
            + "'agency', json_build_object('id', ag.id, 'name', ag.name), 'year', a.year, 'number', a.number, "
            + "'letterKind', a.letter_kind, 'letterYear', a.letter_year, 'letterTitle', a.letter_title, "
            + "'letterDate', a.letter_date, 'departments', a.departments, 'title', a.title, 'text', a.text, "
            + "'goalNumber', a.goal_number, 'goalTitle', a.goal_title, 'continued', a.continued, "
            + "'sourceLine', a.source_line, 'status', a.status, 'version', a.version, "
            + "'deadlines', (SELECT coalesce(json_agg(json_build_object('dueDate', d.due_date, 'label', d.label, "
            + "    'text', d.text, 'yearInferred', d.year_inferred, 'sourceLine', d.source_line) ORDER BY d.position), '[]') "
            + "  FROM deadline d WHERE d.assignment_pk = a.pk), "
            + "'assignmentRefs', (SELECT coalesce(json_agg(r.referenced_id ORDER BY r.position), '[]') "
            + "  FROM assignment_reference r WHERE r.assignment_pk = a.pk), "
            + "'postRefs', (SELECT coalesce(json_agg(json_build_object('chapter', r.chapter, 'post', r.post) "
            + "  ORDER BY r.position), '[]') FROM post_reference r WHERE r.assignment_pk = a.pk)) AS text), "
            + "CAST((SELECT coalesce(json_agg(json_build_object('status', s.status, 'statusDate', s.status_date, "
            + "    'note', s.note, 'source', s.source, 'recordedBy', s.recorded_by, 'recordedAt', s.recorded_at) "
            + "  ORDER BY s.recorded_at, s.id), '[]') FROM status_change s WHERE s.assignment_pk = a.pk) AS text) "
            + "FROM assignment a JOIN agency ag ON ag.id = a.agency_id ";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CrossServiceLinks links;

    /**
     * The one assignment of this id within the scope, as {@link AssignmentLookup} finds it.
     *
     * @throws AmbiguousIdException when the id is that of several agencies' assignments in the scope
     */
    public Versioned assignment(String written, Scope scope) {
        String id = AssignmentIds.canonical(written);
        Where where = Where.start("WHERE a.id = :id").bind("id", id)
                .and("a.ministry_code = :ministry", "ministry", scope.ministryCode())
                .and("a.agency_id = :agency", "agency", scope.agencyId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bindTo(em.createNativeQuery(ASSIGNMENT + where + " ORDER BY a.agency_id",
                Object[].class)).getResultList();
        List<Assignment> matches = rows.stream().map(row -> read((String) row[0], Assignment.class)).toList();
        Assignment found = AssignmentLookup.only(matches, id, scope);
        List<StatusChange> history = List.of(read((String) rows.get(matches.indexOf(found))[1], StatusChange[].class));
        return new Versioned(AssignmentQueryService.detail(found, history, links), found.version);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("An assignment as PostgreSQL built it: " + e.getMessage(), e);
        }
    }
}
