package no.styringsdata.indicator.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** Metrics, request ids and trace ids of an import: see {@link no.styringsdata.testing.ObservabilityTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ObservabilityTest extends no.styringsdata.testing.ObservabilityTest {
}
