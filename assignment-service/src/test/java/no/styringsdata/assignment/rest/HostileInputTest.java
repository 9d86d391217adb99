package no.styringsdata.assignment.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.hostile.HostileInput;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** Hostile input against every operation: see {@link no.styringsdata.testing.HostileInputTest}. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment_hostile"))
class HostileInputTest extends no.styringsdata.testing.HostileInputTest {

    HostileInputTest() {
        super(List.of(SeedDocuments.ALLOCATION_LETTER, SeedDocuments.SUPPLEMENTARY_LETTER));
    }

    @Override
    protected void seed() {
        SeedDocuments.importLetters();
    }

    @Override
    protected HostileInput known(HostileInput input) {
        return input.known("id", "TB2025-43", "TB2025-1", "TB2025-30", "TB2025-88")
                .known("year", "2025");
    }
}
