-- Imports do not depend on the order of arrival (issue #14): where two documents give a value for the same
-- key, the documents' own standing decides which stands (ImportService: a Prop. 1 S before any other, then the
-- later document date), not which came last. For that a name must say which document it stands from.
-- named_by: the document whose name (and, for a post, stikkord) stands; null for a name entered through the API
-- or imported before this version (as before, a Prop. 1 S renames those and other documents do not).
ALTER TABLE program_area ADD COLUMN named_by BIGINT REFERENCES source_document (id);
ALTER TABLE program_category ADD COLUMN named_by BIGINT REFERENCES source_document (id);
ALTER TABLE chapter ADD COLUMN named_by BIGINT REFERENCES source_document (id);
ALTER TABLE post ADD COLUMN named_by BIGINT REFERENCES source_document (id);

-- A post that a supplementary letter or a report gives money to before any document naming it was imported:
-- stored unnamed (as a chapter already could be), instead of the money being skipped, and named by the first
-- document that names it, whatever the order.
ALTER TABLE post ALTER COLUMN name DROP NOT NULL;
