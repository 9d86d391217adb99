package no.styringsdata.budget.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** The response check can fail: see {@link no.styringsdata.testing.ResponseValidationTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ResponseValidationTest extends no.styringsdata.testing.ResponseValidationTest {

    ResponseValidationTest() {
        super("/api/budget/chapters/740", "{\"number\": 740}", "{\"number\": \"seven hundred and forty\"}");
    }
}
