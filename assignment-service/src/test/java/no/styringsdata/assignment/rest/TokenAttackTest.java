package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;

/** Token attacks on a status change: see {@link no.styringsdata.testing.TokenAttackTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TokenAttackTest extends no.styringsdata.testing.TokenAttackTest {

    @BeforeEach
    void seeded() {
        SeedDocuments.importLetters();
    }

    @Override
    protected Response write(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"status\":\"delayed\"}")
                .when().post("/api/assignments/TB2025-46/status");
    }
}
