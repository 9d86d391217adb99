package no.styringsdata.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The services' bearer-token check: smallrye-jwt's (RS256 signature, issuer, audience, expiry,
 * not-before, required claims), and two things it leaves out. A token longer than any real one is
 * refused before it is decoded, cheaply; a token issued in the future (beyond the clock skew) is
 * refused like one not yet valid. Both are 401, as every other token that fails the check.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    @Inject
    JWTAuthMechanism jwt;

    /** Real tokens, even with many groups, are a few kB; the HTTP header limit is far above this. */
    @ConfigProperty(name = "styringsdata.jwt.max-length", defaultValue = "16384")
    int maxLength;

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    int clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > maxLength) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "bearer token of " + authorization.length() + " characters, over " + maxLength));
        }
        return jwt.authenticate(context, identityProviderManager)
                .onItem().ifNotNull().transformToUni(identity -> issuedInTheFuture(identity)
                        ? Uni.createFrom().failure(new AuthenticationFailedException("bearer token issued in the future"))
                        : Uni.createFrom().item(identity));
    }

    private boolean issuedInTheFuture(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token
                && token.getIssuedAtTime() > Instant.now().getEpochSecond() + clockSkewSeconds;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return jwt.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return jwt.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return jwt.getPriority();
    }
}
