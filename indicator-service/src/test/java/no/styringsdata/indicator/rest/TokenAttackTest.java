package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;

/** Token attacks on a new value of a key figure: see {@link no.styringsdata.testing.TokenAttackTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TokenAttackTest extends no.styringsdata.testing.TokenAttackTest {

    private long indicator;

    @BeforeEach
    void seeded() {
        indicator = SeedDocuments.importedEmployeesFigure();
    }

    @Override
    protected Response write(String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"period\":\"2045\",\"value\":1,\"unit\":\"count\"}")
                .when().post("/api/indicators/" + indicator + "/values");
    }
}
