package no.styringsdata.indicator.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.styringsdata.localpg.PostgresTestResource;

/** The letter cut before its middle goal, and the report before its middle steering parameter: see the base class. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_imports"))
class ImportStatementsTest extends no.styringsdata.localpg.testing.ImportStatementsTest {

    @Override
    protected List<Halves> documents() {
        return List.of(
                Halves.cutBefore("tildelingsbrev", SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER),
                        Pattern.compile("3\\.\\d{1,2}\\.? \\p{Lu}"), Map.of()),
                Halves.cutBefore("arsrapport", SeedDocuments.text(SeedDocuments.ANNUAL_REPORT),
                        Pattern.compile("\\s*Styringsparameter \\d+:"), Map.of()));
    }
}
