package no.styringsdata.assignment.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.function.IntFunction;
import no.styringsdata.testing.postgres.RestartablePostgresTestResource;
import no.styringsdata.testing.DatabaseFaultTest;
import no.styringsdata.testing.documents.SeedTexts;

/** The database stops, hangs and crashes under assignment-service: see {@link DatabaseFaultTest}. */
@QuarkusTest
@WithTestResource(RestartablePostgresTestResource.class)
class AssignmentDatabaseFaultTest extends DatabaseFaultTest {

    AssignmentDatabaseFaultTest() {
        super(SeedTexts.ALLOCATION_LETTER, "/TB2025-43");
    }

    /** Status changes of one assignment, each a new entry of its history. */
    @Override
    protected IntFunction<Write> writes() {
        return n -> new Write("POST", "/TB2025-43/status",
                "{\"status\":\"" + (n % 2 == 0 ? "in_progress" : "delayed") + "\",\"note\":\"Skrevet " + n + "\"}");
    }
}
