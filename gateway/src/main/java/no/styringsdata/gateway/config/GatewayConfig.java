package no.styringsdata.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's routes and limits. Each route maps a path prefix to one backend, e.g.
 * {@code gateway.routes.budget.prefix=/api/budget}, {@code .host=budget-service}, {@code .port=8081}.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backends by route name; the name tags metrics, health checks and problem details. */
    Map<String, Route> routes();

    /** How long a backend may stay silent before the client gets a 504. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * How long a backend may stay silent on a write (any method but GET, HEAD and OPTIONS) before the
     * client gets a 504; never shorter than the read timeout. Longer than reads' because a write the
     * gateway gives up on may still be committed behind the 504: an import waits up to two minutes for
     * the one before it and then answers 503 itself.
     */
    @WithDefault("150s")
    Duration writeTimeout();

    /** How long opening a connection to a backend may take before the client gets a 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long the health check of one backend may take. */
    @WithDefault("2s")
    Duration healthTimeout();

    RateLimit rateLimit();

    /** Requests over these are answered 413, 414 or 431 by the gateway itself, not forwarded. */
    Limits limits();

    interface Route {

        /** Path prefix, with a leading slash and without a trailing one: {@code /api/budget}. */
        String prefix();

        String host();

        int port();

        /** Overrides {@link GatewayConfig#timeout()} for this route. */
        Optional<Duration> timeout();
    }

    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per client IP. */
        @WithDefault("50")
        int requestsPerSecond();

        /** Requests a client may send at once before the sustained rate applies. */
        @WithDefault("100")
        int burst();
    }

    interface Limits {

        /** The largest body a client may announce (Content-Length); a streamed one is the backend's to count. */
        @WithDefault("20M")
        MemorySize maxBodySize();

        /** The longest request target: path and query, as sent. */
        @WithDefault("8K")
        MemorySize maxUriLength();

        /** All header fields together (a bearer token of about 100 KB must pass, to be refused by the service). */
        @WithDefault("128K")
        MemorySize maxHeaderSize();

        /** How long a refused request's body is read and thrown away before the connection is closed. */
        @WithDefault("30s")
        Duration drainTimeout();
    }
}
