-- The change feed's triggers run once per statement (platform's V22__statement_triggers.sql). A value also
-- changes the value lists of the other indicators of its series (V9), which a row trigger of its own logged; now
-- the value's mapper gives all of them, its own list first, and the value's feed triggers log them per statement.
CREATE FUNCTION indicator_value_lists_resources(v indicator_value) RETURNS SETOF changed_resource LANGUAGE sql STABLE AS $$
    SELECT indicator_values_resource(v)
    UNION ALL
    SELECT ROW('values', sibling.id::text, sibling.id || '/values')::changed_resource
    FROM indicator mine JOIN indicator sibling ON sibling.series_id = mine.series_id AND sibling.id <> mine.id
    WHERE mine.id = v.indicator_id
$$;

SELECT change_log_triggers('indicator_value', 'indicator_value_lists_resources', part => true);
DROP TRIGGER indicator_value_series ON indicator_value;
DROP TRIGGER indicator_value_series_update ON indicator_value;
DROP FUNCTION change_log_series_values();
