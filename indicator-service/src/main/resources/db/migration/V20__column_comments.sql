-- What each public table and column holds, for the data package (GET /api/indicators/datapackage), whose Table
-- Schemas take their descriptions from these comments.
COMMENT ON TABLE goal IS 'Goals (hovedmål) set in allocation letters and reported on in annual reports';
COMMENT ON COLUMN goal.id IS 'The goal''s id in this dataset';
COMMENT ON COLUMN goal.year IS 'The year of the document';
COMMENT ON COLUMN goal.number IS 'The goal''s number in the document';
COMMENT ON COLUMN goal.title IS 'The goal''s title';
COMMENT ON COLUMN goal.document IS 'The kind of document: tildelingsbrev or arsrapport';
COMMENT ON COLUMN goal.source_title IS 'The title of the document';
COMMENT ON COLUMN goal.source_line IS 'The line of the document it was read from';
COMMENT ON COLUMN goal.ministry_code IS 'The ministry (departement) whose document it is';
COMMENT ON COLUMN goal.agency_id IS 'The agency (virksomhet) the goal is set for';
COMMENT ON COLUMN goal.area IS 'The area (område) the goal is under, where the document gives one';
COMMENT ON COLUMN goal.long_term_goals IS 'The long-term goals (langsiktige mål) it serves';

COMMENT ON TABLE series IS 'One indicator followed across years: the same text of the same agency';
COMMENT ON COLUMN series.id IS 'The series'' id in this dataset';
COMMENT ON COLUMN series.text_key IS 'The normalised text that identifies the series';
COMMENT ON COLUMN series.kind IS 'steering_parameter, key_figure or result_requirement';
COMMENT ON COLUMN series.text IS 'The indicator''s text, as its latest document words it';
COMMENT ON COLUMN series.ministry_code IS 'The ministry (departement)';
COMMENT ON COLUMN series.agency_id IS 'The agency (virksomhet)';

COMMENT ON TABLE indicator IS 'Steering parameters (styringsparametere), key figures and result requirements, per document and year';
COMMENT ON COLUMN indicator.id IS 'The indicator''s id in this dataset';
COMMENT ON COLUMN indicator.series_id IS 'The series the indicator belongs to across years';
COMMENT ON COLUMN indicator.goal_id IS 'The goal it measures; empty for the agency''s own key figures';
COMMENT ON COLUMN indicator.goal_number IS 'The number of that goal';
COMMENT ON COLUMN indicator.year IS 'The year of the document';
COMMENT ON COLUMN indicator.document IS 'The kind of document: tildelingsbrev or arsrapport';
COMMENT ON COLUMN indicator.kind IS 'steering_parameter, key_figure or result_requirement';
COMMENT ON COLUMN indicator.number IS 'Its number under its goal';
COMMENT ON COLUMN indicator.text IS 'The indicator''s text';
COMMENT ON COLUMN indicator.sub_items IS 'The points listed under it';
COMMENT ON COLUMN indicator.text_key IS 'The normalised text that identifies its series';
COMMENT ON COLUMN indicator.source_title IS 'The title of the document';
COMMENT ON COLUMN indicator.source_line IS 'The line of the document it was read from';
COMMENT ON COLUMN indicator.ministry_code IS 'The ministry (departement)';
COMMENT ON COLUMN indicator.agency_id IS 'The agency (virksomhet)';
COMMENT ON COLUMN indicator.requirements IS 'The result requirements (resultatkrav) of a steering parameter';

COMMENT ON TABLE indicator_value IS 'Values reported for indicators, per period';
COMMENT ON COLUMN indicator_value.id IS 'The value''s id in this dataset';
COMMENT ON COLUMN indicator_value.indicator_id IS 'The indicator the value is of';
COMMENT ON COLUMN indicator_value.period_year IS 'The year of the period';
COMMENT ON COLUMN indicator_value.period_kind IS 'The period: year, tertial or quarter';
COMMENT ON COLUMN indicator_value.period_part IS 'Which tertial (1–3) or quarter (1–4); 0 for a year';
COMMENT ON COLUMN indicator_value.value IS 'The value; empty when the report gives only prose (then see note)';
COMMENT ON COLUMN indicator_value.unit IS 'The value''s unit: percent, count, nok, ratio, years, fte';
COMMENT ON COLUMN indicator_value.breakdown IS 'What part the value is of, where the report breaks it down';
COMMENT ON COLUMN indicator_value.origin IS 'How it was read: table, labelled_line, sentence, prose_only, api';
COMMENT ON COLUMN indicator_value.note IS 'The report''s words on it';
COMMENT ON COLUMN indicator_value.source IS 'The document it was read from; api for values entered here';
COMMENT ON COLUMN indicator_value.source_line IS 'The line of the document';
COMMENT ON COLUMN indicator_value.version IS 'The value''s version (its ETag for corrections)';
COMMENT ON COLUMN indicator_value.recorded_by IS 'Who recorded it';
COMMENT ON COLUMN indicator_value.recorded_at IS 'When it was recorded';
