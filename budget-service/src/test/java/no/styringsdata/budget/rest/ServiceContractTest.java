package no.styringsdata.budget.rest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ServiceContractTest extends no.styringsdata.testing.ServiceContractTest {

    ServiceContractTest() {
        super("Styringsdata budget API", List.of("/api/budget/amounts"),
                Map.of("paths.'/api/budget/amounts'.get.summary", equalTo("List amounts as flat rows")));
    }
}
