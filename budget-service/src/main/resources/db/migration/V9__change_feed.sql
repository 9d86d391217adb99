-- The change feed (platform's V4__change_log.sql): each row of the public tables maps to the resource it
-- belongs to. A chapter and a post are resources of their own; an amount is part of its post (the post's
-- answer holds its amounts); allocation rows and their events are part of their kap./post's list of a year;
-- areas and categories are read from the one list of categories. Source documents are not resources.
CREATE FUNCTION budget_post_key(chapter_number INTEGER, number INTEGER) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT chapter_number || '.' || lpad(number::text, 2, '0')
$$;
CREATE FUNCTION budget_chapter_resource(c chapter) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('chapter', c.number::text, 'chapters/' || c.number)::changed_resource
$$;
CREATE FUNCTION budget_post_resource(p post) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('post', budget_post_key(p.chapter_number, p.number),
               'chapters/' || p.chapter_number || '/posts/' || lpad(p.number::text, 2, '0'))::changed_resource
$$;
CREATE FUNCTION budget_amount_resource(a amount) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT budget_post_resource(p) FROM post p WHERE p.id = a.post_id
$$;
CREATE FUNCTION budget_allocation_resource(a allocation) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('allocations', a.year || '/' || budget_post_key(p.chapter_number, p.number),
               'allocations?year=' || a.year || '&chapter=' || p.chapter_number || '&post=' || p.number)::changed_resource
    FROM post p WHERE p.id = a.post_id
$$;
CREATE FUNCTION budget_allocation_event_resource(e allocation_event) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT budget_allocation_resource(a) FROM allocation a WHERE a.id = e.allocation_id
$$;
CREATE FUNCTION budget_area_resource(a program_area) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('area', a.code, 'categories')::changed_resource
$$;
CREATE FUNCTION budget_category_resource(c program_category) RETURNS changed_resource LANGUAGE sql STABLE AS $$
    SELECT ROW('category', c.code, 'categories')::changed_resource
$$;

SELECT change_log_attach('program_area', 'budget_area_resource');
SELECT change_log_attach('program_category', 'budget_category_resource');
SELECT change_log_attach('chapter', 'budget_chapter_resource');
SELECT change_log_attach('post', 'budget_post_resource');
SELECT change_log_attach('amount', 'budget_amount_resource', part => true);
SELECT change_log_attach('allocation', 'budget_allocation_resource', part => true);
SELECT change_log_attach('allocation_event', 'budget_allocation_event_resource', part => true);
