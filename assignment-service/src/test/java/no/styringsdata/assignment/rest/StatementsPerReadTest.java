package no.styringsdata.assignment.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.postgres.StatementCountingPostgresTestResource;

/** The assignment's detail read, one statement: see the base class. */
@QuarkusTest
@WithTestResource(value = StatementCountingPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "assignment"))
class StatementsPerReadTest extends no.styringsdata.testing.StatementsPerReadTest {

    @Override
    protected void seed() {
        SeedDocuments.importLetters();
    }

    @Override
    protected List<String> detailReads() {
        return List.of("/api/assignments/TB2025-43", "/api/assignments/TB2025-43?agency=helsedirektoratet");
    }
}
