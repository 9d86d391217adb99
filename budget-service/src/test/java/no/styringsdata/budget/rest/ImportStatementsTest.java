package no.styringsdata.budget.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.SeedTexts;

/** Prop. 1 S cut before its middle chapter, the letter in the middle of its allocation table: see the base class. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_imports"))
class ImportStatementsTest extends no.styringsdata.testing.ImportStatementsTest {

    ImportStatementsTest() {
        super(Map.of(SeedTexts.PROP1S, "Kap\\. \\d{3,4} \\p{Lu}", SeedTexts.ALLOCATION_LETTER, "\\s*\\d{3,4}\\.\\d{2} \\p{Lu}"));
    }
}
