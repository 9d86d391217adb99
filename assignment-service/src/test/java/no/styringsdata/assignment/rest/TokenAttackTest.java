package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.localpg.DevTokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.TokenAttacks;
import no.styringsdata.testing.TokenAttacks.Attack;
import no.styringsdata.testing.DatabaseChecksum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every classic token attack on a write is 401 problem+json and changes nothing (the audit log included). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TokenAttackTest {

    private static final TokenAttacks ATTACKS = TokenAttacks.withDevKeys(DevTokens.ASSIGNMENTS, DevTokens.BUDGET);

    @Inject
    DataSource dataSource;

    static List<Attack> attacks() {
        return ATTACKS.all();
    }

    @BeforeEach
    void seeded() {
        SeedDocuments.importLetters();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefused401AndWritesNothing(Attack attack) {
        TokenAttacks.assertRefused(attack, TokenAttackTest::write, new DatabaseChecksum(dataSource)::current);
    }

    @Test
    void theGenuineTokenTheAttacksDepartFromWrites() {
        write(ATTACKS.genuine()).then().statusCode(201);
    }

    private static Response write(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"status\":\"delayed\"}")
                .when().post("/api/assignments/TB2025-46/status");
    }
}
