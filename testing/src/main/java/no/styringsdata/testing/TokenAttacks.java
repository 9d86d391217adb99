package no.styringsdata.testing;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import no.styringsdata.localpg.DevTokens;
import no.styringsdata.localpg.DevTokens.Service;
import org.jboss.logging.Logger;
import org.jose4j.base64url.Base64Url;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * The classic attacks on bearer tokens (RFC 8725), each a token that differs in one thing from a
 * {@linkplain #genuine() genuine} editor's token for the service under test, and the check that the
 * service refuses each: {@code 401} problem+json with a Bearer challenge, and nothing written.
 */
public final class TokenAttacks {

    private static final Logger LOG = Logger.getLogger(TokenAttacks.class);

    /** Far over any real token, under the HTTP header limit (128 KB): the token check must refuse it. */
    private static final int OVERSIZED_LENGTH = 100 * 1024;
    private static final long HOUR = 3600;
    private static final String SUBJECT = "token-attacker";

    /** One attack; its name names the parameterised test. */
    public record Attack(String name, String token) {

        @Override
        public String toString() {
            return name;
        }
    }

    private final String issuer;
    private final Service service;
    private final Service other;
    private final PrivateKey signingKey;
    private final String publicKeyPem;

    private TokenAttacks(String issuer, Service service, Service other, PrivateKey signingKey, String publicKeyPem) {
        this.issuer = issuer;
        this.service = service;
        this.other = other;
        this.signingKey = signingKey;
        this.publicKeyPem = publicKeyPem;
    }

    /**
     * Attacks on {@code service} by tokens signed with the key its tests trust; {@code other} is
     * another service, whose own tokens {@code service} must refuse.
     */
    public static TokenAttacks withDevKeys(Service service, Service other) {
        try {
            return signedWith(DevTokens.ISSUER, service, other,
                    KeyUtils.decodePrivateKey(DevTokens.classpathPem("privateKey.pem")), DevTokens.classpathPem("publicKey.pem"));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("privateKey.pem is not a PEM private key", e);
        }
    }

    /** Attacks on {@code service}, which trusts {@code issuer} with the given key pair. */
    public static TokenAttacks signedWith(String issuer, Service service, Service other, PrivateKey signingKey,
                                          String publicKeyPem) {
        return new TokenAttacks(issuer, service, other, signingKey, publicKeyPem);
    }

    /** The editor's token every attack departs from: the service accepts it. */
    public String genuine() {
        return signed(claims(c -> { }));
    }

    /** Every attack, made now (the times are relative to now). */
    public List<Attack> all() {
        long now = NumericDate.now().getValue();
        return List.of(
                new Attack("expired", signed(claims(c -> {
                    c.setIssuedAt(NumericDate.fromSeconds(now - 2 * HOUR));
                    c.setExpirationTime(NumericDate.fromSeconds(now - HOUR));
                }))),
                new Attack("not yet valid (nbf in 1 h)", signed(claims(c -> c.setNotBefore(NumericDate.fromSeconds(now + HOUR))))),
                new Attack("issued in the future (iat in 1 h)", signed(claims(c -> {
                    c.setIssuedAt(NumericDate.fromSeconds(now + HOUR));
                    c.setExpirationTime(NumericDate.fromSeconds(now + 2 * HOUR));
                }))),
                new Attack("no expiry", signed(claims(c -> c.unsetClaim("exp")))),
                new Attack("wrong issuer", signed(claims(c -> c.setIssuer("https://login.example.org")))),
                // "account": the audience an identity provider gives tokens for itself (Keycloak's default)
                new Attack("wrong audience", signed(claims(c -> c.setAudience("account")))),
                new Attack("no audience", signed(claims(c -> c.unsetClaim("aud")))),
                new Attack("alg none", sign(claims(c -> { }), AlgorithmIdentifiers.NONE, null)),
                new Attack("HS256 with the public key as secret", sign(claims(c -> { }), AlgorithmIdentifiers.HMAC_SHA256,
                        new HmacKey(publicKeyPem.getBytes(StandardCharsets.US_ASCII)))),
                new Attack("payload tampered after signing", tampered()),
                new Attack("another service's token", signed(claims(c -> {
                    c.setAudience(other.audience());
                    c.setStringListClaim("groups", other.editorRole());
                }))),
                new Attack("100 KB token", oversized()),
                new Attack("no groups", signed(claims(c -> c.unsetClaim("groups")))));
    }

    /**
     * Sends the attack with {@code write} (a request that writes when its token is genuine), logs the
     * answer, and checks that it is {@code 401} problem+json with a Bearer challenge and that
     * {@code stored} (the database's checksum, or what the audit log holds) did not change.
     */
    public static void assertRefused(Attack attack, Function<String, Response> write, Supplier<String> stored) {
        String before = stored.get();
        Response response = write.apply(attack.token());
        boolean problem = String.valueOf(response.contentType()).startsWith("application/problem+json");
        LOG.infof("token attack %-36s (%6d chars): %d %s", attack, attack.token().length(), response.statusCode(),
                problem ? response.path("type") : response.contentType());
        response.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", is(401))
                .body("type", endsWith("/unauthorized"));
        assertEquals(before, stored.get(), () -> "the attack '" + attack + "' changed what the service stores");
    }

    private JwtClaims claims(Consumer<JwtClaims> change) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(service.audience());
        claims.setSubject(SUBJECT);
        claims.setClaim("upn", SUBJECT);
        claims.setStringListClaim("groups", service.editorRole());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        change.accept(claims);
        return claims;
    }

    private String signed(JwtClaims claims) {
        return sign(claims, AlgorithmIdentifiers.RSA_USING_SHA256, signingKey);
    }

    /** Signed without the editor role, then the role put into the payload: the signature no longer fits. */
    private String tampered() {
        String[] withoutRole = signed(claims(c -> c.setStringListClaim("groups", List.of()))).split("\\.");
        String editorPayload = Base64Url.encodeUtf8ByteRepresentation(claims(c -> { }).toJson());
        return withoutRole[0] + "." + editorPayload + "." + withoutRole[2];
    }

    /** A genuine token but for its size, padded with a claim to 100 KB. */
    private String oversized() {
        int padding = (OVERSIZED_LENGTH - genuine().length()) * 3 / 4 + 8;
        String token = signed(claims(c -> c.setClaim("padding", "x".repeat(padding))));
        if (token.length() < OVERSIZED_LENGTH) {
            throw new IllegalStateException("the oversized token has only " + token.length() + " characters");
        }
        return token;
    }

    private static String sign(JwtClaims claims, String algorithm, Key key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS); // to make the attacks' "none" and HS256
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign the attack token", e);
        }
    }
}
