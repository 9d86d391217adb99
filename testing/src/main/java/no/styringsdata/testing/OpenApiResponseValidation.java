package no.styringsdata.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * Checks every response of a service's API tests against the service's own OpenAPI document, so
 * that the document cannot drift from the code: a status, content type, header or body that the
 * document does not declare fails the test that got it.
 *
 * <p>On for every {@code @QuarkusTest} of a module that has this one on its test classpath (this module's
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback} names it).
 * What is checked and what is not: {@link ResponseValidationFilter}.
 */
public class OpenApiResponseValidation implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    /** Adds the validating filter to RestAssured's global filters, once. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ResponseValidationFilter.class::isInstance)) {
            RestAssured.filters(new ResponseValidationFilter());
        }
    }
}
