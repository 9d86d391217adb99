-- Bulk writes (an import, bench/scale-data.sql) paid one trigger call per row for the read version (V3) and
-- another for the change feed (V4), and the feed one change_log entry per row: 100 000 amounts of 3 000 posts
-- were 200 000 trigger calls and 100 000 entries, all merged again at commit. The same triggers now run once
-- per statement and read the statement's rows from its transition tables, writing each resource once per
-- statement. What they record is the same: the version is bumped by a transaction that wrote a row (a
-- statement that wrote none does not count), and the feed gets, per statement, the resources whose rows it
-- created, changed (an update that leaves a row as it was is none) or removed, in the order of their first row.
--
-- Every table tracked or attached before is moved over here; tables tracked or attached later get the new
-- triggers from the same functions (caching.track_tables, change_log_attach) as before.

-- The read version: 'written' is the transition table of the statement's rows (the new rows of an insert or
-- update, the old of a delete); a TRUNCATE has none, and counts as before.
CREATE OR REPLACE FUNCTION caching.note_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('caching.noted', true) IS DISTINCT FROM 'on' THEN
        IF TG_OP <> 'TRUNCATE' THEN
            IF NOT EXISTS (SELECT FROM written) THEN
                RETURN NULL;
            END IF;
        END IF;
        INSERT INTO caching.pending (transaction_id) VALUES (txid_current()) ON CONFLICT DO NOTHING;
        PERFORM set_config('caching.noted', 'on', true);
    END IF;
    RETURN NULL;
END
$$;

-- Drops the table's triggers of those names that it has.
CREATE FUNCTION drop_triggers(target REGCLASS, VARIADIC names TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    name TEXT;
BEGIN
    FOR name IN SELECT tgname FROM pg_trigger WHERE tgrelid = target AND tgname = ANY (names) LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', name, target);
    END LOOP;
END
$$;

-- A table's read version triggers (one per event: a trigger with transition tables has one event), instead of
-- the row trigger it may have.
CREATE FUNCTION caching.track(target REGCLASS) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    each RECORD;
BEGIN
    PERFORM drop_triggers(target, 'read_version_rows');
    FOR each IN SELECT * FROM (VALUES ('insert', 'NEW'), ('update', 'NEW'), ('delete', 'OLD')) AS t(event, side) LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER read_version_%s AFTER %s ON %s REFERENCING %s TABLE AS written '
                       'FOR EACH STATEMENT EXECUTE FUNCTION caching.note_write()',
                       each.event, upper(each.event), target, each.side);
        EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER read_version_%s', target, each.event);
    END LOOP;
    EXECUTE format('CREATE OR REPLACE TRIGGER read_version_truncate AFTER TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION caching.note_write()', target);
    EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER read_version_truncate', target);
END
$$;

CREATE OR REPLACE FUNCTION caching.track_tables(VARIADIC untracked TEXT[]) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    target REGCLASS;
    tracked INTEGER := 0;
BEGIN
    FOR target IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND c.relname <> ALL (untracked)
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'read_version_insert')
    LOOP
        PERFORM caching.track(target);
        tracked := tracked + 1;
    END LOOP;
    RETURN tracked;
END
$$;

SELECT caching.track(t.tgrelid::regclass) FROM pg_trigger t
WHERE t.tgname = 'read_version_rows';

-- The change feed: TG_ARGV as for change_log_row. Per statement, the resources of its rows, each once, in the
-- order of their first row. An update counts only the rows it changed: those of old_rows not among new_rows
-- (as they were) and of new_rows not among old_rows (as they are); a resource of both is changed, one only
-- as it was is removed, one only as it is created (for a part, changed either way), as the row trigger had it.
CREATE FUNCTION change_log_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    part BOOLEAN := TG_ARGV[1] = 'part';
    -- the statement's changed rows as (side, row), side 'before' or 'after' (as the table's row type: a
    -- transition table's rows lose it in a subquery)
    changed TEXT := format(CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT ''after'' AS side, r::%1$s AS r FROM new_rows r'
        WHEN 'DELETE' THEN 'SELECT ''before'' AS side, r::%1$s AS r FROM old_rows r'
        ELSE 'SELECT ''before'' AS side, r::%1$s AS r FROM (SELECT * FROM old_rows EXCEPT ALL SELECT * FROM new_rows) r '
             'UNION ALL SELECT ''after'', r::%1$s FROM (SELECT * FROM new_rows EXCEPT ALL SELECT * FROM old_rows) r' END,
        TG_RELID::regclass);
BEGIN
    EXECUTE format(
        'INSERT INTO change_log (action, record_type, record_id, path) '
        'SELECT CASE WHEN $1 OR (bool_or(side = ''before'') AND bool_or(side = ''after'')) THEN ''changed'' '
        '            WHEN bool_or(side = ''before'') THEN ''removed'' ELSE ''created'' END, '
        '       (resource).record_type, (resource).record_id, (resource).path '
        'FROM (SELECT side, %s(r) AS resource, row_number() OVER () AS ordinal FROM (%s) statement_rows) mapped '
        'WHERE (resource).record_type IS NOT NULL '
        'GROUP BY resource ORDER BY min(ordinal)', TG_ARGV[0], changed) USING part;
    RETURN NULL;
END
$$;

-- A table's change feed triggers, one per event, instead of the row triggers (or earlier ones) it may have.
CREATE FUNCTION change_log_triggers(target regclass, mapper TEXT, part BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    kind    TEXT := CASE WHEN part THEN 'part' ELSE 'resource' END;
    name    TEXT := replace(target::text, '.', '_') || '_change_log';
    each RECORD;
BEGIN
    PERFORM drop_triggers(target, name, name || '_insert', name || '_update', name || '_delete');
    FOR each IN SELECT * FROM (VALUES ('insert', 'NEW TABLE AS new_rows'), ('delete', 'OLD TABLE AS old_rows'),
                                         ('update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows')) AS t(event, tables) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER %s ON %s REFERENCING %s FOR EACH STATEMENT '
                       'EXECUTE FUNCTION change_log_rows(%L, %L)',
                       name || '_' || each.event, upper(each.event), target, each.tables, mapper, kind);
        -- ALWAYS: also when session_replication_role = replica, which bulk loads use (bench/scale-data.sql)
        EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', target, name || '_' || each.event);
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION change_log_attach(target regclass, mapper TEXT, part BOOLEAN DEFAULT FALSE) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_triggers(target, mapper, part);
    EXECUTE format('SELECT change_log_add(''created'', %s(t)) FROM %s t', mapper, target);
END
$$;

-- the tables attached before: their row triggers' arguments are the mapper and the kind
SELECT change_log_triggers(t.tgrelid::regclass, split_part(encode(t.tgargs, 'escape'), '\000', 1),
                           split_part(encode(t.tgargs, 'escape'), '\000', 2) = 'part')
FROM pg_trigger t
WHERE t.tgfoid = 'change_log_row'::regproc AND NOT t.tgname LIKE '%\_update';
