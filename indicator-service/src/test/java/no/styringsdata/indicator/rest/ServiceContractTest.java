package no.styringsdata.indicator.rest;

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
        given().accept("application/json").when().get("/api/indicators/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Styringsdata indicators API"))
                .body("paths", hasKey("/api/indicators"))
                .body("paths", hasKey("/api/indicators/goals"))
                .body("paths", hasKey("/api/indicators/{id}"))
                .body("paths", hasKey("/api/indicators/{id}/values"))
                .body("paths.'/api/indicators/imports'.post.summary", equalTo("Import an allocation letter or annual report"))
                .body("paths.'/api/indicators/{id}/values'.get.responses.'200'.content", hasKey("application/json+stat"))
                .body("paths.'/api/indicators/{id}/values/{valueId}'.put.responses", hasKey("412"));
    }

    @Override
    protected String unknownPath() {
        return "/api/indicators/1/nothing-here";
    }
}
