-- Ministries and agencies as data (tables ministry and agency: platform's V3_9). Every document names its
-- ministry and, but for Prop. 1 S, its agency; allocations and an agency's amounts refer to the agency by id
-- instead of free text; every chapter knows its ministry.
--
-- Every row before this version came from the bundled documents of one ministry to one agency (HOD to
-- Helsedirektoratet), so the data moves there. An agency named otherwise in a row (an amount entered through
-- the API) keeps its name, with an id made the way Agency.idOf makes it. Ministry and agency rows are only
-- inserted when there is data that refers to them.

INSERT INTO ministry (code, name)
SELECT 'HOD', 'Helse- og omsorgsdepartementet'
WHERE EXISTS (SELECT 1 FROM source_document) OR EXISTS (SELECT 1 FROM chapter)
ON CONFLICT (code) DO NOTHING;

-- The free-text agencies of today and the ids they become: lower case, æ ø å folded, words joined by hyphens.
CREATE TEMPORARY TABLE v4_agency_name ON COMMIT DROP AS
SELECT name, trim(BOTH '-' FROM regexp_replace(
        replace(replace(replace(lower(name), 'æ', 'ae'), 'ø', 'o'), 'å', 'a'), '[^a-z0-9]+', '-', 'g')) AS id
FROM (SELECT agency AS name FROM amount WHERE agency IS NOT NULL
      UNION SELECT agency FROM allocation) names;
-- a name with no letter or digit at all keeps its data under the agency the data belongs to
UPDATE v4_agency_name SET id = 'helsedirektoratet' WHERE id = '';

-- Letters and reports without rows of their own belong to Helsedirektoratet as well.
INSERT INTO v4_agency_name (name, id)
SELECT 'Helsedirektoratet', 'helsedirektoratet'
WHERE EXISTS (SELECT 1 FROM source_document WHERE kind <> 'prop1s')
  AND NOT EXISTS (SELECT 1 FROM v4_agency_name WHERE id = 'helsedirektoratet');

INSERT INTO agency (id, name, ministry_code)
SELECT DISTINCT ON (id) id, name, 'HOD' FROM v4_agency_name ORDER BY id, name
ON CONFLICT (id) DO NOTHING;

-- Chapters: the ministry that owns them (null for a chapter of no known ministry entered through the API).
ALTER TABLE chapter ADD COLUMN ministry_code VARCHAR(8) REFERENCES ministry (code);
UPDATE chapter SET ministry_code = 'HOD';
CREATE INDEX chapter_ministry ON chapter (ministry_code);

-- Amounts: the agency by id; null is still the state budget as a whole.
ALTER TABLE amount ADD COLUMN agency_id VARCHAR(120) REFERENCES agency (id);
UPDATE amount a SET agency_id = n.id FROM v4_agency_name n WHERE a.agency = n.name;
ALTER TABLE amount DROP CONSTRAINT amount_natural_key;
DROP INDEX amount_state_year_stage;
ALTER TABLE amount DROP COLUMN agency;
ALTER TABLE amount ADD CONSTRAINT amount_natural_key UNIQUE NULLS NOT DISTINCT (post_id, year, stage, agency_id);
-- as in V2: the aggregations of the state budget's figures read this index alone
CREATE INDEX amount_state_year_stage ON amount (year, stage, post_id) INCLUDE (amount_nok) WHERE agency_id IS NULL;
CREATE INDEX amount_agency ON amount (agency_id, year) WHERE agency_id IS NOT NULL;

-- Allocation rows: always one agency's.
ALTER TABLE allocation ADD COLUMN agency_id VARCHAR(120) REFERENCES agency (id);
UPDATE allocation a SET agency_id = n.id FROM v4_agency_name n WHERE a.agency = n.name;
ALTER TABLE allocation ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE allocation DROP COLUMN agency;
CREATE INDEX allocation_agency ON allocation (agency_id, year);

-- Documents: ministry and agency, part of their identity: two agencies' letters of a year are two documents.
ALTER TABLE source_document ADD COLUMN ministry_code VARCHAR(8) REFERENCES ministry (code);
ALTER TABLE source_document ADD COLUMN agency_id VARCHAR(120) REFERENCES agency (id);
UPDATE source_document SET ministry_code = 'HOD';
UPDATE source_document d SET agency_id = coalesce(
        (SELECT min(a.agency_id) FROM allocation a WHERE a.document_id = d.id),
        (SELECT min(al.agency_id) FROM allocation_event e JOIN allocation al ON al.id = e.allocation_id
         WHERE e.document_id = d.id),
        (SELECT min(a.agency_id) FROM amount a WHERE a.document_id = d.id),
        'helsedirektoratet')
WHERE kind <> 'prop1s';
ALTER TABLE source_document ALTER COLUMN ministry_code SET NOT NULL;
ALTER TABLE source_document DROP CONSTRAINT source_document_identity;
ALTER TABLE source_document ADD CONSTRAINT source_document_identity
    UNIQUE NULLS NOT DISTINCT (kind, year, ministry_code, agency_id, title);
-- Prop. 1 S is the state's as a whole; every other document is one agency's
ALTER TABLE source_document ADD CONSTRAINT source_document_agency CHECK ((kind = 'prop1s') = (agency_id IS NULL));

-- The data_version triggers of V3 stay as they are: the aggregations now also group by agency and ministry,
-- but they read only ids and names that never change once written (ScopeRegistry inserts, and only updates an
-- agency's ministry and organisation number, which the aggregations do not read); a new agency or ministry
-- only counts once an amount or chapter refers to it, and that write bumps the version.
