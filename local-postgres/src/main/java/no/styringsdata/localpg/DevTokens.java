package no.styringsdata.localpg;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bearer tokens signed with the development key pair ({@code dev-keys/}), for tests and the local
 * run. No deployed service accepts them: production configures its own issuer and key.
 */
public final class DevTokens {

    public static final String ISSUER = "https://styringsdata.no/dev";

    /**
     * A service as a token addresses it: the audience it verifies ({@code JWT_AUDIENCE}, by default
     * the service's name) and the role its writes need.
     */
    public record Service(String audience, String editorRole) {
    }

    public static final Service BUDGET = new Service("budget-service", "budget-editor");
    public static final Service ASSIGNMENTS = new Service("assignment-service", "assignment-editor");
    public static final Service INDICATORS = new Service("indicator-service", "indicator-editor");

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
        return fromPem(classpathPem("privateKey.pem"));
    }

    /** A PEM file of {@code dev-keys/} from the classpath, where the tests put the development key pair. */
    public static String classpathPem(String name) {
        try (var in = DevTokens.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " (dev-keys/) is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An editor's token for {@code subject}: the audiences and editor roles of the given services. */
    public String editor(String subject, Duration validFor, Service... services) {
        return token(subject, validFor, Arrays.stream(services).map(Service::audience).collect(Collectors.toSet()),
                Arrays.stream(services).map(Service::editorRole).toArray(String[]::new));
    }

    /** A token for {@code subject}, meant for the given audiences, with the given roles, valid for the given time. */
    public String token(String subject, Duration validFor, Set<String> audiences, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(audiences)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(validFor)
                .sign(key);
    }
}
