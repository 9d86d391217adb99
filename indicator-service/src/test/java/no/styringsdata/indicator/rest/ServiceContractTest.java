package no.styringsdata.indicator.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ServiceContractTest extends no.styringsdata.testing.ServiceContractTest {

    ServiceContractTest() {
        super("Styringsdata indicators API",
                List.of("/api/indicators", "/api/indicators/goals", "/api/indicators/{id}", "/api/indicators/{id}/values"),
                Map.of("paths.'/api/indicators/imports'.post.summary", equalTo("Import an allocation letter or annual report"),
                        "paths.'/api/indicators/{id}/values'.get.responses.'200'.content", hasKey("application/json+stat"),
                        "paths.'/api/indicators/{id}/values/{valueId}'.put.responses", hasKey("412")));
    }

    @Override
    protected String unknownPath() {
        return "/api/indicators/1/nothing-here";
    }
}
