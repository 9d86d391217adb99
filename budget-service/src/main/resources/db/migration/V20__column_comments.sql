-- What each public table and column holds, for the data package (GET /api/budget/datapackage), whose Table
-- Schemas take their descriptions from these comments.
COMMENT ON TABLE source_document IS 'The documents the data were read from: Prop. 1 S, allocation letters, annual reports';
COMMENT ON COLUMN source_document.id IS 'The document''s id in this dataset';
COMMENT ON COLUMN source_document.kind IS 'The kind of document: prop1s, tildelingsbrev, supplerende-tildelingsbrev, arsrapport';
COMMENT ON COLUMN source_document.year IS 'The budget year the document is about';
COMMENT ON COLUMN source_document.title IS 'The document''s title';
COMMENT ON COLUMN source_document.document_date IS 'The document''s date, where known';
COMMENT ON COLUMN source_document.sha256 IS 'SHA-256 of the text imported (hex)';
COMMENT ON COLUMN source_document.line_count IS 'Lines of the text imported';
COMMENT ON COLUMN source_document.imported_at IS 'When the text was imported';
COMMENT ON COLUMN source_document.ministry_code IS 'The ministry (departement) whose document it is';
COMMENT ON COLUMN source_document.agency_id IS 'The agency (virksomhet) the document is to or from; empty for Prop. 1 S';

COMMENT ON TABLE program_area IS 'Programme areas (programområder) of the state budget';
COMMENT ON COLUMN program_area.code IS 'The programme area''s two-digit code';
COMMENT ON COLUMN program_area.name IS 'The programme area''s name';
COMMENT ON COLUMN program_area.named_by IS 'The document whose name for it stands';

COMMENT ON TABLE program_category IS 'Programme categories (programkategorier), each of a programme area';
COMMENT ON COLUMN program_category.code IS 'The programme category''s code, nn.nn';
COMMENT ON COLUMN program_category.area_code IS 'The programme area it belongs to';
COMMENT ON COLUMN program_category.name IS 'The programme category''s name';
COMMENT ON COLUMN program_category.named_by IS 'The document whose name for it stands';

COMMENT ON TABLE chapter IS 'Budget chapters (kapitler)';
COMMENT ON COLUMN chapter.number IS 'The chapter number (1–5999)';
COMMENT ON COLUMN chapter.name IS 'The chapter''s name; empty until a document that names it is imported';
COMMENT ON COLUMN chapter.category_code IS 'The programme category the chapter belongs to';
COMMENT ON COLUMN chapter.version IS 'The chapter''s version (its ETag for corrections)';
COMMENT ON COLUMN chapter.ministry_code IS 'The ministry (departement) that owns the chapter';
COMMENT ON COLUMN chapter.named_by IS 'The document whose name for it stands';

COMMENT ON TABLE post IS 'Budget posts (poster), each of a chapter';
COMMENT ON COLUMN post.id IS 'The post''s id in this dataset';
COMMENT ON COLUMN post.chapter_number IS 'The chapter (kapittel) the post is of';
COMMENT ON COLUMN post.number IS 'The post number within its chapter (1–99)';
COMMENT ON COLUMN post.name IS 'The post''s name';
COMMENT ON COLUMN post.transferable IS 'Whether unspent money may be transferred to the next year (kan overføres)';
COMMENT ON COLUMN post.estimate_appropriation IS 'Whether it is an estimate appropriation (overslagsbevilgning)';
COMMENT ON COLUMN post.may_be_used_under_posts IS 'The posts of the chapter the money may also be used under (kan nyttes under post)';
COMMENT ON COLUMN post.version IS 'The post''s version (its ETag for corrections)';
COMMENT ON COLUMN post.named_by IS 'The document whose name for it stands';

COMMENT ON TABLE amount IS 'Amounts per post, year and stage, in whole kroner';
COMMENT ON COLUMN amount.id IS 'The amount''s id in this dataset';
COMMENT ON COLUMN amount.post_id IS 'The post (kap./post) the amount is of';
COMMENT ON COLUMN amount.year IS 'The budget year';
COMMENT ON COLUMN amount.stage IS 'The stage: regnskap (accounts), saldert (adopted), forslag (proposed), revidert (revised), tildeling (allocated)';
COMMENT ON COLUMN amount.amount_nok IS 'The amount in whole Norwegian kroner (NOK)';
COMMENT ON COLUMN amount.document_id IS 'The document the amount was read from; empty when entered through the API';
COMMENT ON COLUMN amount.source_line IS 'The line of the document it was read from';
COMMENT ON COLUMN amount.source_text IS 'The text of that line';
COMMENT ON COLUMN amount.version IS 'The amount''s version';
COMMENT ON COLUMN amount.agency_id IS 'The agency the figure is about; empty for the state budget as a whole';
COMMENT ON COLUMN amount.source_section IS 'The part of the document it was read in (an annual report''s statement has several)';

COMMENT ON TABLE allocation IS 'Rows of allocation letters: money of a kap./post given to an agency for a purpose';
COMMENT ON COLUMN allocation.id IS 'The allocation''s id in this dataset';
COMMENT ON COLUMN allocation.post_id IS 'The post (kap./post) the money is of';
COMMENT ON COLUMN allocation.year IS 'The budget year';
COMMENT ON COLUMN allocation.purpose IS 'What the money is for, as the letter says';
COMMENT ON COLUMN allocation.comment IS 'The letter''s comment on the row';
COMMENT ON COLUMN allocation.document_id IS 'The letter the row is of';
COMMENT ON COLUMN allocation.source_line IS 'The line of the letter';
COMMENT ON COLUMN allocation.agency_id IS 'The agency the money is allocated to';

COMMENT ON TABLE allocation_event IS 'Every change of an allocation''s amount, dated: its amount as of any date is the latest event before it';
COMMENT ON COLUMN allocation_event.id IS 'The event''s id in this dataset';
COMMENT ON COLUMN allocation_event.allocation_id IS 'The allocation that changed';
COMMENT ON COLUMN allocation_event.amount_nok IS 'The allocation''s amount from this date, in whole Norwegian kroner (NOK)';
COMMENT ON COLUMN allocation_event.effective_date IS 'The date the amount took effect';
COMMENT ON COLUMN allocation_event.document_id IS 'The letter or report that set the amount';
COMMENT ON COLUMN allocation_event.source_line IS 'The line of that document';
COMMENT ON COLUMN allocation_event.source_text IS 'The text of that line';
