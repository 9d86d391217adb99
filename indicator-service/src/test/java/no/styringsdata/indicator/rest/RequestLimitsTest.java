package no.styringsdata.indicator.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** Oversize requests to the imports: see {@link no.styringsdata.testing.RequestLimitsTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RequestLimitsTest extends no.styringsdata.testing.RequestLimitsTest {
}
