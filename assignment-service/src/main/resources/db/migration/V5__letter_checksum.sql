-- Imports do not depend on the order of arrival (issue #14): an assignment given in two letters keeps what the
-- letter that ranks highest says (ImportService: later year, a supplementary letter after the main letter, later
-- date), and two texts that rank alike are told apart by their checksum. Null for assignments imported before.
ALTER TABLE assignment ADD COLUMN letter_sha256 VARCHAR(64);
