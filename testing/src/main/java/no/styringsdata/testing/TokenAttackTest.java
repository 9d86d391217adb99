package no.styringsdata.testing;

import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.testing.TokenAttacks.Attack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every classic token attack ({@link TokenAttacks}) on a write is 401 problem+json and changes nothing (the audit
 * log included). Each service's test extends it with one write that its genuine token gets accepted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TokenAttackTest {

    @Inject
    protected DataSource dataSource;

    private TokenAttacks attacks;

    /** The write, with this bearer token. */
    protected abstract Response write(String token);

    List<Attack> attacks() {
        if (attacks == null) {
            attacks = TokenAttacks.withDevKeys(ServiceUnderTest.asTokensAddressIt(), Tokens.OTHER_SERVICE);
        }
        return attacks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefused401AndWritesNothing(Attack attack) {
        TokenAttacks.assertRefused(attack, this::write, new DatabaseChecksum(dataSource)::current);
    }

    @Test
    void theGenuineTokenTheAttacksDepartFromWrites() {
        attacks();
        write(attacks.genuine()).then().statusCode(201);
    }
}
