package no.styringsdata.assignment.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** The assignments' data package: see {@link no.styringsdata.testing.DataPackageTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DataPackageTest extends no.styringsdata.testing.DataPackageTest {

    @Override
    protected void seed() {
        SeedDocuments.importLetters();
    }

    @Override
    protected List<String> csvLists() {
        return List.of("/api/assignments", "/api/assignments?sort=-deadline");
    }
}
