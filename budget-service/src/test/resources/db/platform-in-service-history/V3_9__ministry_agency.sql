-- Ministries (departementer) and agencies (virksomheter), shared by every service (from the platform
-- module; each service keeps its own in its own database). Every document and every letter-borne record
-- of a service refers to them. Ids are stable; an agency's name is the one its first document gave.
--
-- Versioned 3.9 so that it runs after every service's schema as it stood (budget V3); the services'
-- own migrations from here on are V4 and later.
CREATE TABLE ministry (
    code VARCHAR(8) PRIMARY KEY CHECK (code ~ '^[A-Z]{2,8}$'),
    name TEXT NOT NULL
);

CREATE TABLE agency (
    id            VARCHAR(255) PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          TEXT       NOT NULL,
    org_number    VARCHAR(9) CHECK (org_number ~ '^[0-9]{9}$'),
    -- the ministry of the agency's latest document
    ministry_code VARCHAR(8) NOT NULL REFERENCES ministry (code)
);
CREATE INDEX agency_ministry ON agency (ministry_code);
