package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.ContractViolation;
import no.styringsdata.testing.FakeResponse;
import org.junit.jupiter.api.Test;

/**
 * Every API test's response is checked against the OpenAPI document (local-postgres' testing
 * package); this proves the check is on and can fail, with responses that break the document
 * given in the service's place.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ResponseValidationTest {

    @Test
    void onlyAResponseTheDocumentDeclaresPasses() {
        assertDoesNotThrow(() -> given()
                .filter(FakeResponse.of(200, "application/json", "{\"number\": 740}"))
                .get("/api/budget/chapters/740"));
        // A body of the wrong shape, a status the operation does not declare, an undeclared content type.
        assertThrows(ContractViolation.class, () -> given()
                .filter(FakeResponse.of(200, "application/json", "{\"number\": \"seven hundred and forty\"}"))
                .get("/api/budget/chapters/740"));
        assertThrows(ContractViolation.class, () -> given()
                .filter(FakeResponse.of(418, "application/problem+json", "{\"status\": 418}"))
                .get("/api/budget/chapters/740"));
        assertThrows(ContractViolation.class, () -> given()
                .filter(FakeResponse.of(200, "application/xml", "<chapter/>"))
                .get("/api/budget/chapters/740"));
    }
}
