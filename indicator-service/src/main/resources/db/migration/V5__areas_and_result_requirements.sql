-- Letters organised by area, and virksomhetsmål with prestasjonskrav, imported whole:
--  * a goal keeps the area heading it stands under ("Hovedområde 1"; null for a numbered hovedmål and for the
--    report's goals) and its long-term goals (langsiktige mål), as written, in order;
--  * result requirements (resultatkrav) are indicators of a third kind, result_requirement;
--  * a steering parameter keeps its prestasjonskrav, as written, in order (no other kind has any).
-- Existing rows get no area, no long-term goals and no prestasjonskrav: nothing is lost or changed.

ALTER TABLE goal
    ADD COLUMN area            TEXT CHECK (area <> ''),
    ADD COLUMN long_term_goals TEXT[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT goal_long_term_goals_not_blank CHECK (array_position(long_term_goals, '') IS NULL);

-- V1 wrote the kind checks inline, so PostgreSQL named them <table>_kind_check.
ALTER TABLE series DROP CONSTRAINT series_kind_check,
    ADD CONSTRAINT series_kind_check CHECK (kind IN ('steering_parameter', 'key_figure', 'result_requirement'));
ALTER TABLE indicator DROP CONSTRAINT indicator_kind_check,
    ADD CONSTRAINT indicator_kind_check CHECK (kind IN ('steering_parameter', 'key_figure', 'result_requirement'));

ALTER TABLE indicator
    ADD COLUMN requirements TEXT[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT indicator_requirements_of_steering_parameters
        CHECK (kind = 'steering_parameter' OR cardinality(requirements) = 0),
    ADD CONSTRAINT indicator_requirements_not_blank CHECK (array_position(requirements, '') IS NULL);
