-- One number that changes with every write to the tables the aggregations read (amount, post, chapter,
-- program_category; program_area is not read by them). The service caches aggregations per version, so
-- every replica stops serving a result as soon as a write commits. Triggers, not application code, bump it:
-- no write path (imports, PUTs, future code, psql) can forget to. The bump is an UPDATE in the writing
-- transaction, visible exactly when its data is. BEFORE, not AFTER, the statement: a writer takes the
-- version row's lock before any row lock of the tracked tables, so two writers queue on it instead of
-- deadlocking (A holds a chapter row and waits for the version, B holds the version and waits for the
-- chapter row).
CREATE TABLE data_version (
    version BIGINT NOT NULL
);
INSERT INTO data_version (version) VALUES (1);
-- exactly one row
CREATE UNIQUE INDEX data_version_one_row ON data_version ((true));

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER amount_bumps_data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON amount
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER post_bumps_data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON post
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER chapter_bumps_data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON chapter
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER program_category_bumps_data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON program_category
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
-- ALWAYS: also when session_replication_role = replica, which bulk loads use to skip the per-row
-- foreign-key triggers (bench/scale-data.sql does); their writes must change the version too.
ALTER TABLE amount ENABLE ALWAYS TRIGGER amount_bumps_data_version;
ALTER TABLE post ENABLE ALWAYS TRIGGER post_bumps_data_version;
ALTER TABLE chapter ENABLE ALWAYS TRIGGER chapter_bumps_data_version;
ALTER TABLE program_category ENABLE ALWAYS TRIGGER program_category_bumps_data_version;
