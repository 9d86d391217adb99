package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * What every service serves beside its API: health, Swagger UI, and a problem for an unknown path. Each service's
 * test extends it with the checks of its own OpenAPI document.
 */
public abstract class ServiceContractTest {

    /** A path under the API that nothing answers. */
    protected String unknownPath() {
        return ServiceUnderTest.api() + "/nothing-here";
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get(ServiceUnderTest.api() + "/swagger-ui/")
                .then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get(unknownPath())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
