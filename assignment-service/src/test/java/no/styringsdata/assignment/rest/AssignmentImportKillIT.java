package no.styringsdata.assignment.rest;

import no.styringsdata.testing.ImportKillTest;
import no.styringsdata.testing.documents.SeedTexts;

/** kill -9 of assignment-service in the middle of importing the allocation letter: see {@link ImportKillTest}. */
class AssignmentImportKillIT extends ImportKillTest {

    @Override
    protected String document() {
        return SeedTexts.read(SeedTexts.ALLOCATION_LETTER);
    }
}
