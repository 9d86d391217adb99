package no.styringsdata.indicator.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** The indicators' data package: see {@link no.styringsdata.testing.DataPackageTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DataPackageTest extends no.styringsdata.testing.DataPackageTest {

    @Override
    protected void seed() {
        SeedDocuments.importDocuments();
    }

    @Override
    protected List<String> csvLists() {
        return List.of("/api/indicators", "/api/indicators?kind=key_figure");
    }
}
