-- The part of its document an amount was read in: an annual report's statement has several
-- ("Utgiftskapittel", "Inntektskapitler", "Oppgjørsvirksomhet"). Null for Prop. 1 S and for figures
-- entered through the API.
ALTER TABLE amount ADD COLUMN source_section text;
