package no.styringsdata.budget.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.postgres.StatementCountingPostgresTestResource;

/** The budget's detail reads, each one statement: see the base class. */
@QuarkusTest
@WithTestResource(value = StatementCountingPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "budget"))
class StatementsPerReadTest extends no.styringsdata.testing.StatementsPerReadTest {

    @Override
    protected void seed() {
        SeedDocuments.importAll();
    }

    @Override
    protected List<String> detailReads() {
        return List.of("/api/budget/chapters/740", "/api/budget/chapters/3740?year=2026&stage=forslag",
                "/api/budget/chapters/740?size=5&page=2");
    }
}
