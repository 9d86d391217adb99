package no.styringsdata.budget.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;

/** The response check can fail: see {@link no.styringsdata.testing.ResponseValidationTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ResponseValidationTest extends no.styringsdata.testing.ResponseValidationTest {

    ResponseValidationTest() {
        super("/api/budget/chapters/740", "{\"number\": 740}", "{\"number\": \"seven hundred and forty\"}");
    }

    /** The read is of kap. 740, whose 200 (not a 404) carries the headers every read's 200 declares. */
    @BeforeEach
    void seeded() {
        SeedDocuments.importAll();
    }
}
