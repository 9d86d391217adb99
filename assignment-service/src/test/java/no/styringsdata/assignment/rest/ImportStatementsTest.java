package no.styringsdata.assignment.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.styringsdata.localpg.PostgresTestResource;

/** The allocation letter cut before its middle assignment: see the base class. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment_imports"))
class ImportStatementsTest extends no.styringsdata.localpg.testing.ImportStatementsTest {

    @Override
    protected List<Halves> documents() {
        return List.of(Halves.cutBefore("tildelingsbrev", SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER),
                Pattern.compile("TB2025-\\d+ "), Map.of()));
    }
}
