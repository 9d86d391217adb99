-- Goals, series and indicators belong to one agency of one ministry (the ministry and agency tables come
-- from the platform's V3_9); a value belongs to them through its indicator. A series joins the same
-- indicator across years within one agency only: two agencies' key figures with the same text are two
-- series. Everything imported so far came from HOD's letter to Helsedirektoratet and its annual report.

-- Today's data is HOD's and Helsedirektoratet's; an empty database gets no rows here (the first import
-- registers whom it names).
INSERT INTO ministry (code, name)
SELECT 'HOD', 'Helse- og omsorgsdepartementet'
WHERE EXISTS (SELECT 1 FROM goal) OR EXISTS (SELECT 1 FROM series) OR EXISTS (SELECT 1 FROM indicator)
ON CONFLICT (code) DO NOTHING;
INSERT INTO agency (id, name, ministry_code)
SELECT 'helsedirektoratet', 'Helsedirektoratet', 'HOD'
WHERE EXISTS (SELECT 1 FROM goal) OR EXISTS (SELECT 1 FROM series) OR EXISTS (SELECT 1 FROM indicator)
ON CONFLICT (id) DO NOTHING;

ALTER TABLE goal
    ADD COLUMN ministry_code VARCHAR(8) REFERENCES ministry (code),
    ADD COLUMN agency_id     VARCHAR(120) REFERENCES agency (id);
ALTER TABLE series
    ADD COLUMN ministry_code VARCHAR(8) REFERENCES ministry (code),
    ADD COLUMN agency_id     VARCHAR(120) REFERENCES agency (id);
ALTER TABLE indicator
    ADD COLUMN ministry_code VARCHAR(8) REFERENCES ministry (code),
    ADD COLUMN agency_id     VARCHAR(120) REFERENCES agency (id);

UPDATE goal SET ministry_code = 'HOD', agency_id = 'helsedirektoratet';
UPDATE series SET ministry_code = 'HOD', agency_id = 'helsedirektoratet';
UPDATE indicator SET ministry_code = 'HOD', agency_id = 'helsedirektoratet';

ALTER TABLE goal ALTER COLUMN ministry_code SET NOT NULL, ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE series ALTER COLUMN ministry_code SET NOT NULL, ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE indicator ALTER COLUMN ministry_code SET NOT NULL, ALTER COLUMN agency_id SET NOT NULL;

-- Natural keys within one agency of one ministry (an agency may have letters from two ministries).
ALTER TABLE goal DROP CONSTRAINT goal_natural_key,
    ADD CONSTRAINT goal_natural_key UNIQUE (agency_id, ministry_code, document, year, number);
ALTER TABLE indicator DROP CONSTRAINT indicator_natural_key,
    ADD CONSTRAINT indicator_natural_key
        UNIQUE NULLS NOT DISTINCT (agency_id, ministry_code, document, year, goal_number, kind, number);
-- A series is the agency's own, whichever ministry's documents it runs through.
ALTER TABLE series DROP CONSTRAINT series_text_key_key,
    ADD CONSTRAINT series_natural_key UNIQUE (agency_id, text_key);

-- An indicator's series and goal are of its own agency: the database refuses a series across agencies.
ALTER TABLE series ADD CONSTRAINT series_agency UNIQUE (id, agency_id);
ALTER TABLE goal ADD CONSTRAINT goal_agency UNIQUE (id, agency_id);
ALTER TABLE indicator
    ADD CONSTRAINT indicator_series_of_its_agency FOREIGN KEY (series_id, agency_id) REFERENCES series (id, agency_id),
    ADD CONSTRAINT indicator_goal_of_its_agency FOREIGN KEY (goal_id, agency_id) REFERENCES goal (id, agency_id);

CREATE INDEX goal_scope ON goal (ministry_code, year);
CREATE INDEX indicator_scope ON indicator (agency_id, year);
CREATE INDEX indicator_ministry ON indicator (ministry_code, year);
