package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.concurrent.atomic.AtomicInteger;
import no.styringsdata.testing.TokenAttacks;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The classic token attacks on a write, sent through the gateway: the gateway passes each on, and
 * the budget service's 401 problem+json comes back as it is; nothing is written.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class TokenAttackThroughGatewayTest {

    private static final String CHAPTER = "/api/budget/chapters/4970";

    /** Injected by the test resource. */
    Backends backends;

    private final AtomicInteger client = new AtomicInteger();

    @Test
    void everyTokenAttackIsAnsweredWithTheServicesOwn401Problem() {
        TokenAttacks attacks = backends.budgetTokenAttacks();
        assertAll(attacks.all().stream().map(attack -> (Executable) () ->
                TokenAttacks.assertRefused(attack, this::write, this::stored)));
        write(attacks.genuine()).then().statusCode(201);
    }

    /** Each request from a client of its own (X-Forwarded-For), so the gateway's rate limit does not answer. */
    private Response write(String token) {
        return given().header("X-Forwarded-For", "198.51.100." + client.incrementAndGet())
                .auth().oauth2(token).contentType("application/json").body("{\"name\":\"Angrepet\"}")
                .when().put(CHAPTER);
    }

    /** What the budget service stores here, read from the service itself: the chapter and the audit log. */
    private String stored() {
        int budget = ConfigProvider.getConfig().getValue("gateway.routes.budget.port", Integer.class);
        String editor = ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class);
        return given().port(budget).get(CHAPTER).statusCode() + " "
                + given().port(budget).auth().oauth2(editor).get("/api/budget/audit?size=1000").then().statusCode(200)
                .extract().asString();
    }
}
