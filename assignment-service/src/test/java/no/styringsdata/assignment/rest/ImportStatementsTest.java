package no.styringsdata.assignment.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.SeedTexts;

/** The allocation letter cut before its middle assignment: see the base class. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment_imports"))
class ImportStatementsTest extends no.styringsdata.testing.ImportStatementsTest {

    ImportStatementsTest() {
        super(Map.of(SeedTexts.ALLOCATION_LETTER, "TB2025-\\d+ "));
    }
}
