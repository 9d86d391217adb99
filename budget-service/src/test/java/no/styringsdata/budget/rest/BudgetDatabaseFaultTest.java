package no.styringsdata.budget.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.function.IntFunction;
import no.styringsdata.testing.postgres.RestartablePostgresTestResource;
import no.styringsdata.testing.DatabaseFaultTest;
import no.styringsdata.testing.documents.SeedTexts;

/** The database stops, hangs and crashes under budget-service: see {@link DatabaseFaultTest}. */
@QuarkusTest
@WithTestResource(RestartablePostgresTestResource.class)
class BudgetDatabaseFaultTest extends DatabaseFaultTest {

    BudgetDatabaseFaultTest() {
        super(SeedTexts.PROP1S, "/chapters/740");
    }

    /** Chapters 1000-4999, which Prop. 1 S of HOD does not have. */
    @Override
    protected IntFunction<Write> writes() {
        return n -> new Write("PUT", "/chapters/" + (1000 + n % 4000), "{\"name\":\"Skrevet " + n + "\"}");
    }
}
