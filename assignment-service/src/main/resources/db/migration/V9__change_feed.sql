-- The change feed (platform's V4__change_log.sql): each row of the public tables maps to the resource it
-- belongs to. An assignment is a resource, at its URL with its agency (ids are unique within one agency's
-- letters); its deadlines, references and status changes are part of it (its answer holds them).
CREATE FUNCTION assignment_resource(a assignment) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('assignment', a.id, a.id || '?agency=' || a.agency_id)::changed_resource
$$;
-- a deadline, reference or status change: the assignment of its assignment_pk (plpgsql reads the field of
-- whichever row type it is called with)
CREATE FUNCTION assignment_part_resource(part anyelement) RETURNS changed_resource LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT assignment_resource(a) FROM assignment a WHERE a.pk = part.assignment_pk);
END
$$;

SELECT change_log_attach('assignment', 'assignment_resource');
SELECT change_log_attach('deadline', 'assignment_part_resource', part => true);
SELECT change_log_attach('assignment_reference', 'assignment_part_resource', part => true);
SELECT change_log_attach('post_reference', 'assignment_part_resource', part => true);
SELECT change_log_attach('status_change', 'assignment_part_resource', part => true);
