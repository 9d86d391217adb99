package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ServiceContractTest {

    @Test
    void healthIsUp() {
        given().when().get("/q/health")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesADocumentedOpenApiContract() {
        given().accept("application/json").when().get("/api/budget/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Styringsdata budget API"))
                .body("paths", hasKey("/api/budget/amounts"))
                .body("paths.'/api/budget/amounts'.get.summary", equalTo("List amounts as flat rows"));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/api/budget/swagger-ui/")
                .then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/budget/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
