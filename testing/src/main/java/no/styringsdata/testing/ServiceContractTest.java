package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * What every service serves beside its API: health, Swagger UI, a problem for an unknown path, and an OpenAPI
 * document with its title, the paths it must have and the details each service names. Each service's test
 * extends it with those and with checks of its own.
 */
public abstract class ServiceContractTest {

    private final String openApiTitle;
    private final List<String> documentedPaths;
    private final Map<String, Matcher<?>> documentedDetails;

    /**
     * {@code documentedDetails}: a GPath into the OpenAPI document (JSON) and what it must match, for example
     * {@code "paths.'/api/x/imports'.post.responses"} and {@code hasKey("412")}.
     */
    protected ServiceContractTest(String openApiTitle, List<String> documentedPaths,
            Map<String, Matcher<?>> documentedDetails) {
        this.openApiTitle = openApiTitle;
        this.documentedPaths = documentedPaths;
        this.documentedDetails = documentedDetails;
    }

    /** A path under the API that nothing answers. */
    protected String unknownPath() {
        return ServiceUnderTest.api() + "/nothing-here";
    }

    @Test
    void servesADocumentedOpenApiContract() {
        ValidatableResponse document = given().accept("application/json").when().get(ServiceUnderTest.openApi())
                .then().statusCode(200)
                .body("info.title", equalTo(openApiTitle));
        documentedPaths.forEach(path -> document.body("paths", hasKey(path)));
        documentedDetails.forEach((path, matcher) -> document.body(path, matcher));
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
