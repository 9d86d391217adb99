-- The version of everything the service's reads answer (conditional reads: platform caching/ReadVersion):
-- one row, bumped once by every transaction that wrote any row of any of the service's tables, when it
-- commits. A GET's ETag is made from it, so every replica sees a write at the moment it commits.
--
-- Triggers, not application code, note the writes: no write path (imports, corrections, the audit log,
-- future tables, psql) can forget to. Every table of the schema gets them after each migration
-- (ReadVersionTracking calls caching.track_tables()), so a table added later is tracked without a line of
-- its own.
--
-- The bump itself is deferred to commit: a per-row trigger only records that the transaction wrote
-- (caching.pending, once per transaction), and a deferred constraint trigger on that row bumps the version at
-- commit. So the version row is locked only for the last instant of a writing transaction, after every other
-- lock it takes: writers never deadlock on it (a lock taken at the first write would be held while the writer
-- waits for a record another writer has locked), and readers never wait. A transaction that changes no row
-- (an import of a document already read, a correction equal to what is stored) leaves the version, and every
-- ETag, as it was.
--
-- A schema of their own: they are not the service's data (tests that empty every table leave them alone).
CREATE SCHEMA caching;

CREATE TABLE caching.read_version (
    version    BIGINT      NOT NULL,
    -- when it was bumped: after a restore from backup the counter may repeat, the time does not
    changed_at TIMESTAMPTZ NOT NULL
);
INSERT INTO caching.read_version (version, changed_at) VALUES (1, clock_timestamp());
CREATE UNIQUE INDEX read_version_one_row ON caching.read_version ((true));

-- Transactions that wrote and are yet to commit; a row lives from a transaction's first write to its commit.
CREATE TABLE caching.pending (
    transaction_id BIGINT PRIMARY KEY
);

CREATE FUNCTION caching.note_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- once per transaction (a transaction-local setting; undone with the savepoint that set it)
    IF current_setting('caching.noted', true) IS DISTINCT FROM 'on' THEN
        INSERT INTO caching.pending (transaction_id) VALUES (txid_current()) ON CONFLICT DO NOTHING;
        PERFORM set_config('caching.noted', 'on', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION caching.bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE caching.read_version SET version = version + 1, changed_at = clock_timestamp();
    DELETE FROM caching.pending WHERE transaction_id = NEW.transaction_id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER bump_at_commit AFTER INSERT ON caching.pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION caching.bump();
-- ALWAYS: also when session_replication_role = replica (bulk loads such as bench/scale-data.sql)
ALTER TABLE caching.pending ENABLE ALWAYS TRIGGER bump_at_commit;

-- Gives every table of the current schema that has none the triggers that note writes, but the migration
-- histories (named by the caller). Returns how many tables it gave them.
CREATE FUNCTION caching.track_tables(VARIADIC untracked TEXT[]) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    target REGCLASS;
    tracked INTEGER := 0;
BEGIN
    FOR target IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND c.relname <> ALL (untracked)
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'read_version_rows')
    LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER read_version_rows AFTER INSERT OR UPDATE OR DELETE ON %s '
                       'FOR EACH ROW EXECUTE FUNCTION caching.note_write()', target);
        EXECUTE format('CREATE OR REPLACE TRIGGER read_version_truncate AFTER TRUNCATE ON %s '
                       'FOR EACH STATEMENT EXECUTE FUNCTION caching.note_write()', target);
        EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER read_version_rows', target);
        EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER read_version_truncate', target);
        tracked := tracked + 1;
    END LOOP;
    RETURN tracked;
END
$$;
