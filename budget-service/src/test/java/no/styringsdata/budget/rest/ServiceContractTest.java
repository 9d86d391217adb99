package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ServiceContractTest extends no.styringsdata.testing.ServiceContractTest {

    @Test
    void servesADocumentedOpenApiContract() {
        given().accept("application/json").when().get("/api/budget/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Styringsdata budget API"))
                .body("paths", hasKey("/api/budget/amounts"))
                .body("paths.'/api/budget/amounts'.get.summary", equalTo("List amounts as flat rows"));
    }
}
