-- The change feed (platform's V4__change_log.sql): each row of the public tables maps to the resource it
-- belongs to. An assignment is a resource, at its URL with its agency (ids are unique within one agency's
-- letters); its deadlines, references and status changes are part of it (its answer holds them).
CREATE FUNCTION assignment_resource(a assignment) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('assignment', a.id, a.id || '?agency=' || a.agency_id)::changed_resource
$$;
CREATE FUNCTION assignment_deadline_resource(d deadline) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT assignment_resource(a) FROM assignment a WHERE a.pk = d.assignment_pk
$$;
CREATE FUNCTION assignment_reference_resource(r assignment_reference) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT assignment_resource(a) FROM assignment a WHERE a.pk = r.assignment_pk
$$;
CREATE FUNCTION assignment_post_reference_resource(r post_reference) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT assignment_resource(a) FROM assignment a WHERE a.pk = r.assignment_pk
$$;
CREATE FUNCTION assignment_status_change_resource(s status_change) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT assignment_resource(a) FROM assignment a WHERE a.pk = s.assignment_pk
$$;

SELECT change_log_attach('assignment', 'assignment_resource');
SELECT change_log_attach('deadline', 'assignment_deadline_resource', part => true);
SELECT change_log_attach('assignment_reference', 'assignment_reference_resource', part => true);
SELECT change_log_attach('post_reference', 'assignment_post_reference_resource', part => true);
SELECT change_log_attach('status_change', 'assignment_status_change_resource', part => true);
