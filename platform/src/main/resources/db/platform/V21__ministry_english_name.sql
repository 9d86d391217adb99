-- Reference data: the official English names of the ministries (regjeringen.no), for the code lists' English
-- labels. Keyed by the ministry's code (document-reader's Ministries), whether or not a document of the
-- service has named the ministry yet. Names taken from the documents stay in ministry.name.
CREATE TABLE ministry_english_name (
    code VARCHAR(8) PRIMARY KEY CHECK (code ~ '^[A-Z]{2,8}$'),
    name TEXT NOT NULL
);

INSERT INTO ministry_english_name (code, name) VALUES
    ('UD', 'Ministry of Foreign Affairs'),
    ('KD', 'Ministry of Education and Research'),
    ('KUD', 'Ministry of Culture and Equality'),
    ('JD', 'Ministry of Justice and Public Security'),
    ('KDD', 'Ministry of Local Government and Regional Development'),
    ('DFD', 'Ministry of Digitalisation and Public Governance'),
    ('AID', 'Ministry of Labour and Social Inclusion'),
    ('HOD', 'Ministry of Health and Care Services'),
    ('BFD', 'Ministry of Children and Families'),
    ('NFD', 'Ministry of Trade, Industry and Fisheries'),
    ('LMD', 'Ministry of Agriculture and Food'),
    ('SD', 'Ministry of Transport'),
    ('KLD', 'Ministry of Climate and Environment'),
    ('FIN', 'Ministry of Finance'),
    ('FD', 'Ministry of Defence'),
    ('ED', 'Ministry of Energy');
