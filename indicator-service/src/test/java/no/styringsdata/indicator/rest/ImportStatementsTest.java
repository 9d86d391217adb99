package no.styringsdata.indicator.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.SeedTexts;

/** The letter cut before its middle goal, the report before its middle steering parameter: see the base class. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_imports"))
class ImportStatementsTest extends no.styringsdata.testing.ImportStatementsTest {

    ImportStatementsTest() {
        super(Map.of(SeedTexts.ALLOCATION_LETTER, "3\\.\\d{1,2}\\.? \\p{Lu}",
                SeedTexts.ANNUAL_REPORT, "\\s*Styringsparameter \\d+:"));
    }
}
