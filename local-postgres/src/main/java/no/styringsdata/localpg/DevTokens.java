package no.styringsdata.localpg;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * Bearer tokens signed with the development key pair ({@code dev-keys/}), for tests and the local
 * run. No deployed service accepts them: production configures its own issuer and key.
 */
public final class DevTokens {

    public static final String ISSUER = "https://styringsdata.no/dev";

    private final PrivateKey key;

    private DevTokens(PrivateKey key) {
        this.key = key;
    }

    /** Tokens signed with the given PEM private key. */
    public static DevTokens fromPem(String privateKeyPem) {
        try {
            return new DevTokens(KeyUtils.decodePrivateKey(privateKeyPem));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PEM private key", e);
        }
    }

    /** Tokens signed with {@code privateKey.pem} from the classpath, where the tests put the dev key. */
    public static DevTokens fromClasspath() {
        try (var in = DevTokens.class.getResourceAsStream("/privateKey.pem")) {
            if (in == null) {
                throw new IllegalStateException("privateKey.pem (dev-keys/) is not on the test classpath");
            }
            return fromPem(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A token for {@code subject} with the given roles, valid for the given time. */
    public String token(String subject, Duration validFor, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(validFor)
                .sign(key);
    }
}
