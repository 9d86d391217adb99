-- The aggregations' sums, kept summed: amount_sum holds the sum and count of the amounts per (year, stage,
-- agency, programme category, ministry, expenditure or revenue, post number), everything the aggregations
-- group or filter by but the chapter. A sum by programme category of a (year, stage) reads a few hundred of its
-- rows instead of joining thousands of amounts to their posts and chapters (AggregationService, CubeSums); only
-- sums by or of a chapter still read amount.
--
-- Triggers keep it, once per statement and in the writing transaction, so it always equals the sums over amount,
-- post and chapter as they are (AmountSumTest compares the two): a write of amounts adds the new rows and
-- subtracts the old, a post that changes chapter or number and a chapter that changes programme category or
-- ministry move their amounts' sums. A group whose last amount goes is removed, as it leaves the sums.
-- ALWAYS, like the other triggers: also under session_replication_role = replica (bench/scale-data.sql).
CREATE TABLE amount_sum (
    -- for Hibernate, which reads it (entity AmountSum); the key is amount_sum_key
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year          INTEGER     NOT NULL,
    stage         VARCHAR(16) NOT NULL,
    -- null: the state budget's own figures (no foreign key: derived data, emptied with amount)
    agency_id     VARCHAR(120),
    category_code VARCHAR(5),
    ministry_code VARCHAR(8),
    revenue       BOOLEAN     NOT NULL,
    post_number   INTEGER     NOT NULL,
    amount_nok    BIGINT      NOT NULL,
    amounts       BIGINT      NOT NULL,
    CONSTRAINT amount_sum_key
        UNIQUE NULLS NOT DISTINCT (year, stage, agency_id, category_code, ministry_code, revenue, post_number)
);
CREATE INDEX amount_sum_emptied ON amount_sum ((true)) WHERE amounts = 0;

-- One part of a change of the sums: the amounts of `amounts` (a table or query of amount rows), with `sign`, in
-- the groups of their posts in `posts` and those posts' chapters in `chapters` (tables or queries of such rows).
CREATE FUNCTION amount_sum_part(sign INTEGER, amounts TEXT, posts TEXT, chapters TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
    SELECT format('SELECT a.year, a.stage, a.agency_id, c.category_code, c.ministry_code, c.number >= 3000 AS revenue, '
                  '       p.number AS post_number, %1$s * a.amount_nok AS amount_nok, %1$s AS amounts '
                  'FROM (%2$s) a JOIN (%3$s) p ON p.id = a.post_id JOIN (%4$s) c ON c.number = p.chapter_number',
                  sign, amounts, posts, chapters)
$$;

-- The statement that adds the parts (amount_sum_part) to the sums. Its caller executes it (a trigger's transition
-- tables are visible only to the trigger's function) and then removes the groups left without amounts.
CREATE FUNCTION amount_sum_add(VARIADIC parts TEXT[]) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT format(
        'INSERT INTO amount_sum AS s (year, stage, agency_id, category_code, ministry_code, revenue, post_number, '
        '                             amount_nok, amounts) '
        'SELECT year, stage, agency_id, category_code, ministry_code, revenue, post_number, sum(amount_nok), sum(amounts) '
        'FROM (%s) d GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(amount_nok) <> 0 OR sum(amounts) <> 0 '
        'ORDER BY 1, 2, 3, 4, 5, 6, 7 '
        'ON CONFLICT ON CONSTRAINT amount_sum_key DO UPDATE '
        'SET amount_nok = s.amount_nok + excluded.amount_nok, amounts = s.amounts + excluded.amounts',
        array_to_string(parts, ' UNION ALL '))
$$;

CREATE FUNCTION amount_sum_amounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    CASE TG_OP
        WHEN 'INSERT' THEN EXECUTE amount_sum_add(amount_sum_part(1, 'TABLE new_rows', 'TABLE post', 'TABLE chapter'));
        WHEN 'DELETE' THEN EXECUTE amount_sum_add(amount_sum_part(-1, 'TABLE old_rows', 'TABLE post', 'TABLE chapter'));
        WHEN 'UPDATE' THEN EXECUTE amount_sum_add(amount_sum_part(1, 'TABLE new_rows', 'TABLE post', 'TABLE chapter'),
                                                  amount_sum_part(-1, 'TABLE old_rows', 'TABLE post', 'TABLE chapter'));
        ELSE DELETE FROM amount_sum;
    END CASE;
    DELETE FROM amount_sum WHERE amounts = 0;
    RETURN NULL;
END
$$;

-- Posts that changed chapter or number, chapters that changed programme category or ministry: their amounts
-- leave the groups of the old rows and join those of the new. TG_ARGV[0] is the table's key column, TG_ARGV[1]
-- the columns that place its amounts.
CREATE FUNCTION amount_sum_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    -- the changed rows as they were (%1$s = o) or are (n)
    moved TEXT := format('SELECT %%1$s.* FROM old_rows o JOIN new_rows n ON n.%1$I = o.%1$I '
                         'WHERE (%2$s) IS DISTINCT FROM (%3$s)', TG_ARGV[0],
                         regexp_replace(TG_ARGV[1], '(\w+)', 'o.\1', 'g'), regexp_replace(TG_ARGV[1], '(\w+)', 'n.\1', 'g'));
    any_moved BOOLEAN;
BEGIN
    EXECUTE format('SELECT EXISTS (%s)', format(moved, 'o')) INTO any_moved;
    IF NOT any_moved THEN
        RETURN NULL; -- the usual update (a name): nothing to read
    END IF;
    IF TG_TABLE_NAME = 'post' THEN
        EXECUTE amount_sum_add(amount_sum_part(-1, 'TABLE amount', format(moved, 'o'), 'TABLE chapter'),
                               amount_sum_part(1, 'TABLE amount', format(moved, 'n'), 'TABLE chapter'));
    ELSE
        EXECUTE amount_sum_add(amount_sum_part(-1, 'TABLE amount', 'TABLE post', format(moved, 'o')),
                               amount_sum_part(1, 'TABLE amount', 'TABLE post', format(moved, 'n')));
    END IF;
    DELETE FROM amount_sum WHERE amounts = 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER amount_sum_insert AFTER INSERT ON amount REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION amount_sum_amounts();
CREATE TRIGGER amount_sum_update AFTER UPDATE ON amount REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION amount_sum_amounts();
CREATE TRIGGER amount_sum_delete AFTER DELETE ON amount REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION amount_sum_amounts();
CREATE TRIGGER amount_sum_truncate AFTER TRUNCATE ON amount FOR EACH STATEMENT EXECUTE FUNCTION amount_sum_amounts();
CREATE TRIGGER amount_sum_post AFTER UPDATE ON post REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION amount_sum_moved('id', 'chapter_number, number');
CREATE TRIGGER amount_sum_chapter AFTER UPDATE ON chapter REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION amount_sum_moved('number', 'category_code, ministry_code');
ALTER TABLE amount ENABLE ALWAYS TRIGGER amount_sum_insert;
ALTER TABLE amount ENABLE ALWAYS TRIGGER amount_sum_update;
ALTER TABLE amount ENABLE ALWAYS TRIGGER amount_sum_delete;
ALTER TABLE amount ENABLE ALWAYS TRIGGER amount_sum_truncate;
ALTER TABLE post ENABLE ALWAYS TRIGGER amount_sum_post;
ALTER TABLE chapter ENABLE ALWAYS TRIGGER amount_sum_chapter;

DO $$ BEGIN EXECUTE amount_sum_add(amount_sum_part(1, 'TABLE amount', 'TABLE post', 'TABLE chapter')); END $$;
