package no.styringsdata.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Handler;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import no.styringsdata.gateway.config.GatewayConfig;
import no.styringsdata.gateway.proxy.Problem;

/**
 * A token bucket per client IP (Bucket4j): {@code burst} requests at once, refilled at
 * {@code requests-per-second}. Over the limit the client gets 429 with {@code Retry-After}.
 * Buckets of clients quiet for ten minutes are forgotten.
 */
public final class RateLimiter implements Handler<RoutingContext> {

    private final GatewayConfig.RateLimit limit;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    public RateLimiter(GatewayConfig.RateLimit limit) {
        this.limit = limit;
    }

    @Override
    public void handle(RoutingContext context) {
        if (!limit.enabled() || context.request().path().startsWith("/q/")) {
            context.next();
            return;
        }
        ConsumptionProbe probe = buckets.get(clientOf(context), ip -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        context.response().putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        Problem.of("rate-limited", "Too Many Requests", 429,
                "More than " + limit.requestsPerSecond() + " requests per second (bursts of " + limit.burst()
                        + ") from one client; retry after " + retryAfterSeconds + " s.",
                context.request().path(), null).send(context);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }

    private static String clientOf(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
