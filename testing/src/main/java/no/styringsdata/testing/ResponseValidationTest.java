package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Every API test's response is checked against the OpenAPI document ({@link OpenApiResponseValidation}); this
 * proves the check is on and can fail, with responses that break the document given in the service's place.
 * Each service's test extends it with one of its reads and two bodies for it: one the document declares, one
 * of the wrong shape.
 */
public abstract class ResponseValidationTest {

    private final String read;
    private final String declaredBody;
    private final String wrongShapeBody;

    protected ResponseValidationTest(String read, String declaredBody, String wrongShapeBody) {
        this.read = read;
        this.declaredBody = declaredBody;
        this.wrongShapeBody = wrongShapeBody;
    }

    @Test
    void onlyAResponseTheDocumentDeclaresPasses() {
        assertDoesNotThrow(() -> given()
                .filter(FakeResponse.of(200, "application/json", declaredBody))
                .get(read));
        // A body of the wrong shape, a status the operation does not declare, an undeclared content type.
        assertThrows(ContractViolation.class, () -> given()
                .filter(FakeResponse.of(200, "application/json", wrongShapeBody))
                .get(read));
        assertThrows(ContractViolation.class, () -> given()
                .filter(FakeResponse.of(418, "application/problem+json", "{\"status\": 418}"))
                .get(read));
        assertThrows(ContractViolation.class, () -> given()
                .filter(FakeResponse.of(200, "application/xml", "<document/>"))
                .get(read));
    }
}
