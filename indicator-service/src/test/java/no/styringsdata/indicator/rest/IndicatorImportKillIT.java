package no.styringsdata.indicator.rest;

import no.styringsdata.testing.ImportKillTest;
import no.styringsdata.testing.documents.SeedTexts;

/** kill -9 of indicator-service in the middle of importing the annual report, its largest import: see {@link ImportKillTest}. */
class IndicatorImportKillIT extends ImportKillTest {

    @Override
    protected String document() {
        return SeedTexts.read(SeedTexts.ANNUAL_REPORT);
    }
}
