-- What each public table and column holds, for the data package (GET /api/assignments/datapackage), whose Table
-- Schemas take their descriptions from these comments.
COMMENT ON TABLE assignment IS 'Assignments (oppdrag) given to agencies in allocation letters';
COMMENT ON COLUMN assignment.pk IS 'The assignment''s key in this dataset (the other tables refer to it)';
COMMENT ON COLUMN assignment.id IS 'The assignment''s id as the letters give it (unique per agency), e.g. 2025-3';
COMMENT ON COLUMN assignment.year IS 'The year of the letter that gave it';
COMMENT ON COLUMN assignment.number IS 'Its number in that letter';
COMMENT ON COLUMN assignment.letter_kind IS 'The letter it was (last) given in: tildelingsbrev or supplerende-tildelingsbrev';
COMMENT ON COLUMN assignment.letter_year IS 'The year of that letter';
COMMENT ON COLUMN assignment.letter_title IS 'The title of that letter';
COMMENT ON COLUMN assignment.letter_date IS 'The date of that letter';
COMMENT ON COLUMN assignment.departments IS 'The departments (avdelinger) responsible, as the letter names them';
COMMENT ON COLUMN assignment.title IS 'The assignment''s title';
COMMENT ON COLUMN assignment.text IS 'The assignment''s text';
COMMENT ON COLUMN assignment.goal_number IS 'The number of the goal (hovedmål) it serves, where given';
COMMENT ON COLUMN assignment.goal_title IS 'The title of that goal';
COMMENT ON COLUMN assignment.continued IS 'Whether it continues an assignment of an earlier year';
COMMENT ON COLUMN assignment.source_line IS 'The line of the letter it was read from';
COMMENT ON COLUMN assignment.status IS 'Its current status: not_started, in_progress, delivered, delayed, cancelled';
COMMENT ON COLUMN assignment.version IS 'The assignment''s version (its ETag for corrections)';
COMMENT ON COLUMN assignment.ministry_code IS 'The ministry (departement) that gave it';
COMMENT ON COLUMN assignment.agency_id IS 'The agency (virksomhet) it was given to';
COMMENT ON COLUMN assignment.letter_sha256 IS 'SHA-256 of the letter''s text imported (hex)';

COMMENT ON TABLE deadline IS 'The deadlines (frister) of assignments';
COMMENT ON COLUMN deadline.id IS 'The deadline''s id in this dataset';
COMMENT ON COLUMN deadline.assignment_pk IS 'The assignment the deadline is of';
COMMENT ON COLUMN deadline.position IS 'Its place among the assignment''s deadlines, from 0';
COMMENT ON COLUMN deadline.due_date IS 'The date, where the text gives one';
COMMENT ON COLUMN deadline.label IS 'What is due then, where the text says';
COMMENT ON COLUMN deadline.text IS 'The deadline as the letter words it';
COMMENT ON COLUMN deadline.year_inferred IS 'Whether the year was not written and was taken from the letter';
COMMENT ON COLUMN deadline.source_line IS 'The line of the letter it was read from';

COMMENT ON TABLE assignment_reference IS 'Other assignments an assignment refers to';
COMMENT ON COLUMN assignment_reference.assignment_pk IS 'The assignment that refers';
COMMENT ON COLUMN assignment_reference.position IS 'The reference''s place among its assignment''s, from 0';
COMMENT ON COLUMN assignment_reference.referenced_id IS 'The id of the assignment referred to, as the letter gives it';

COMMENT ON TABLE post_reference IS 'Budget chapters and posts (kap./post) an assignment refers to';
COMMENT ON COLUMN post_reference.assignment_pk IS 'The assignment that refers';
COMMENT ON COLUMN post_reference.position IS 'The reference''s place among its assignment''s, from 0';
COMMENT ON COLUMN post_reference.chapter IS 'The chapter (kapittel) number';
COMMENT ON COLUMN post_reference.post IS 'The post number, where the reference names one';

COMMENT ON TABLE status_change IS 'The history of each assignment''s status';
COMMENT ON COLUMN status_change.id IS 'The change''s id in this dataset';
COMMENT ON COLUMN status_change.assignment_pk IS 'The assignment whose status changed';
COMMENT ON COLUMN status_change.status IS 'The new status: not_started, in_progress, delivered, delayed, cancelled';
COMMENT ON COLUMN status_change.status_date IS 'The date the status took effect';
COMMENT ON COLUMN status_change.note IS 'A note on the change';
COMMENT ON COLUMN status_change.source IS 'Where it came from: the letter (and line) for the first status, else api';
COMMENT ON COLUMN status_change.recorded_by IS 'Who recorded it';
COMMENT ON COLUMN status_change.recorded_at IS 'When it was recorded';
