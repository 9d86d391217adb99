package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** Token attacks on a chapter's PUT (a chapter no other test writes): see {@link no.styringsdata.testing.TokenAttackTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TokenAttackTest extends no.styringsdata.testing.TokenAttackTest {

    @Override
    protected Response write(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"name\":\"Angrepet\"}")
                .when().put("/api/budget/chapters/4940");
    }
}
