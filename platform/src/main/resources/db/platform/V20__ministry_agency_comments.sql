-- What the ministry and agency tables hold, for the data packages (platform datapackage/), whose Table Schemas
-- take their descriptions from these comments.
COMMENT ON TABLE ministry IS 'Ministries (departementer)';
COMMENT ON COLUMN ministry.code IS 'The ministry''s short code (HOD)';
COMMENT ON COLUMN ministry.name IS 'The ministry''s name';
COMMENT ON TABLE agency IS 'Agencies (virksomheter) that ministries steer';
COMMENT ON COLUMN agency.id IS 'The agency''s id: its name in lower case, words joined by hyphens';
COMMENT ON COLUMN agency.name IS 'The agency''s name, as its first document gave it';
COMMENT ON COLUMN agency.org_number IS 'The agency''s organisation number (Enhetsregisteret), where known';
COMMENT ON COLUMN agency.ministry_code IS 'The ministry of the agency''s latest document';
