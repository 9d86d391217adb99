-- The change feed (platform's V4__change_log.sql): each row of the public tables maps to the resource it
-- belongs to. An indicator is a resource, at its URL; its values are part of its list of values (which shows
-- its whole series: a value is listed under its own indicator). A goal is read as the goal tree of its year
-- narrowed to it (the list an assignment's goal links to). A series is no resource of its own: its id is part
-- of its indicators, and it is written only with one of them, which that write logs.
CREATE FUNCTION indicator_resource(i indicator) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('indicator', i.id::text, i.id::text)::changed_resource
$$;
CREATE FUNCTION indicator_values_resource(v indicator_value) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('values', v.indicator_id::text, v.indicator_id || '/values')::changed_resource
$$;
CREATE FUNCTION indicator_goal_resource(g goal) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('goal', g.id::text, 'goals?year=' || g.year || '&number=' || g.number || '&ministry=' || g.ministry_code
               || '&agency=' || g.agency_id)::changed_resource
$$;

SELECT change_log_attach('goal', 'indicator_goal_resource');
SELECT change_log_attach('indicator', 'indicator_resource');
SELECT change_log_attach('indicator_value', 'indicator_values_resource', part => true);

-- A value list shows the whole series: a value written under one indicator also changes the value lists of the
-- other indicators of its series. (An indicator is removed only after its values, which this covers.)
CREATE FUNCTION change_log_series_values() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    own BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.indicator_id ELSE NEW.indicator_id END;
BEGIN
    PERFORM change_log_add('changed', ROW('values', sibling.id::text, sibling.id || '/values')::changed_resource)
        FROM indicator mine JOIN indicator sibling ON sibling.series_id = mine.series_id AND sibling.id <> mine.id
        WHERE mine.id = own;
    RETURN NULL;
END
$$;
CREATE TRIGGER indicator_value_series AFTER INSERT OR DELETE ON indicator_value
    FOR EACH ROW EXECUTE FUNCTION change_log_series_values();
CREATE TRIGGER indicator_value_series_update AFTER UPDATE ON indicator_value
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION change_log_series_values();
ALTER TABLE indicator_value ENABLE ALWAYS TRIGGER indicator_value_series;
ALTER TABLE indicator_value ENABLE ALWAYS TRIGGER indicator_value_series_update;
