package no.styringsdata.budget.rest;

import no.styringsdata.testing.ImportKillTest;
import no.styringsdata.testing.documents.SeedTexts;

/** kill -9 of budget-service in the middle of importing Prop. 1 S, its largest import: see {@link ImportKillTest}. */
class BudgetImportKillIT extends ImportKillTest {

    @Override
    protected String document() {
        return SeedTexts.read(SeedTexts.PROP1S);
    }
}
