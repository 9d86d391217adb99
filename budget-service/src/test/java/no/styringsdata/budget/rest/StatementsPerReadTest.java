package no.styringsdata.budget.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.postgres.StatementCountingPostgresTestResource;

/** The budget's detail reads and its aggregations (cached), each one statement: see the base class. */
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
                "/api/budget/chapters/740?size=5&page=2",
                // cached: the one statement reads the data version and the read version (the ETag) together
                "/api/budget/aggregations/sums?groupBy=programCategory&year=2026&stage=forslag",
                "/api/budget/aggregations/comparison?groupBy=ministry&fromYear=2025&fromStage=saldert"
                        + "&toYear=2026&toStage=forslag",
                "/api/budget/aggregations/cube?groupBy=programArea&groupBy=postKind&year=2026&stage=forslag");
    }
}
