package no.styringsdata.budget.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.styringsdata.localpg.PostgresTestResource;

/** Prop. 1 S cut at its middle chapter, and the letter in the middle of its allocation table: see the base class. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_imports"))
class ImportStatementsTest extends no.styringsdata.localpg.testing.ImportStatementsTest {

    @Override
    protected List<Halves> documents() {
        return List.of(
                Halves.cutBefore("Prop. 1 S", SeedDocuments.text(SeedDocuments.PROP1S),
                        Pattern.compile("Kap\\. \\d{3,4} \\p{Lu}"), Map.of()),
                Halves.cutBefore("tildelingsbrev", SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER),
                        Pattern.compile("\\s*\\d{3,4}\\.\\d{2} \\p{Lu}"), Map.of()));
    }
}
