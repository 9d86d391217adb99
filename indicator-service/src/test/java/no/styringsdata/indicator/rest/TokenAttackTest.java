package no.styringsdata.indicator.rest;

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

    private static final TokenAttacks ATTACKS = TokenAttacks.withDevKeys(DevTokens.INDICATORS, DevTokens.BUDGET);

    @Inject
    DataSource dataSource;

    private long indicator;

    @BeforeEach
    void seeded() {
        SeedDocuments.importDocuments();
        indicator = SeedDocuments.tableKeyFigure("Antall ansatte");
    }

    static List<Attack> attacks() {
        return ATTACKS.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefused401AndWritesNothing(Attack attack) {
        TokenAttacks.assertRefused(attack, this::write, new DatabaseChecksum(dataSource)::current);
    }

    @Test
    void theGenuineTokenTheAttacksDepartFromWrites() {
        write(ATTACKS.genuine()).then().statusCode(201);
    }

    private Response write(String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"period\":\"2045\",\"value\":1,\"unit\":\"count\"}")
                .when().post("/api/indicators/" + indicator + "/values");
    }
}
