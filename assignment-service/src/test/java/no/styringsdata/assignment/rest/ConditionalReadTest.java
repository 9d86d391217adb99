package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;

/** Conditional reads of the assignments: see {@link no.styringsdata.testing.ConditionalReadTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConditionalReadTest extends no.styringsdata.testing.ConditionalReadTest {

    private static final String ASSIGNMENT = "/api/assignments/TB2025-31";
    private static final Map<String, String> STATUS = Map.of(
            "a", "{\"status\":\"delayed\",\"date\":\"2025-06-10\",\"note\":\"Venter på data.\"}",
            "b", "{\"status\":\"delivered\",\"date\":\"2025-06-11\"}");

    ConditionalReadTest() {
        super(new Reads("/api/assignments?size=1000", ASSIGNMENT, "/api/assignments/audit"));
    }

    @BeforeEach
    void letters() {
        SeedDocuments.importLetters();
    }

    @Override
    protected void write(String variant) {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body(STATUS.get(variant))
                .when().post(ASSIGNMENT + "/status").then().statusCode(anyOf(is(200), is(201)));
    }
}
