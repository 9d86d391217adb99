package no.styringsdata.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import no.styringsdata.gateway.config.GatewayConfig;
import no.styringsdata.gateway.ratelimit.RateLimiter;
import org.jboss.logging.Logger;

/**
 * Puts the gateway on Quarkus' router: request ids, request limits and rate limiting in front of everything, one
 * vertx-http-proxy per configured route, and a problem+json 404 for every other path.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** Before Quarkus' own routes (order 0 and up) but after its filters (CORS, negative orders). */
    private static final int FRONT = -1;
    /** Before Quarkus' own body limit (order -2), which answers an empty 413 and closes at once; after CORS. */
    private static final int LIMITS = RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1;
    private static final int MAX_CONNECTIONS_PER_BACKEND = 100;

    void register(@Observes Router router, GatewayConfig config, Vertx vertx, MeterRegistry meters, OpenTelemetry telemetry) {
        router.route().order(LIMITS).handler(new RequestIds());
        router.route().order(LIMITS).handler(new RequestLimits(config.limits()));
        router.route().order(FRONT).handler(new RateLimiter(config.rateLimit()));
        config.routes().forEach((name, route) -> {
            if (!route.prefix().startsWith("/") || route.prefix().endsWith("/")) {
                throw new IllegalStateException("gateway.routes." + name + ".prefix must start with / and not end with it: "
                        + route.prefix());
            }
            Handler<RoutingContext> proxy = ProxyHandler.create(proxyFor(name, route, config, vertx)
                    .addInterceptor(new TraceContext(telemetry.getPropagators().getTextMapPropagator())));
            Handler<RoutingContext> measured = measured(name, meters);
            router.route(route.prefix()).handler(measured).handler(proxy);
            router.route(route.prefix() + "/*").handler(measured).handler(proxy);
            LOG.infof("route %s: %s/* -> http://%s:%d", name, route.prefix(), route.host(), route.port());
        });
        router.route().last().handler(context -> Problem.of("not-found", "Not Found", 404,
                "No service answers at this path; the APIs are under /api/budget, /api/assignments and "
                        + "/api/indicators, their documentation at /swagger-ui.",
                context.request().path(), null).send(context));
    }

    private static HttpProxy proxyFor(String name, GatewayConfig.Route route, GatewayConfig config, Vertx vertx) {
        BackendTimeouts timeouts = new BackendTimeouts(route.timeout().orElse(config.timeout()), config.writeTimeout());
        BackendClients clients = new BackendClients(vertx,
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setTracingPolicy(TracingPolicy.IGNORE),
                MAX_CONNECTIONS_PER_BACKEND);
        SocketAddress backend = SocketAddress.inetSocketAddress(route.port(), route.host());
        return HttpProxy.reverseProxy(clients.current())
                .origin(context -> clients.current().request(new RequestOptions()
                        .setServer(backend)
                        .setIdleTimeout(timeouts.millisFor(context.request().getMethod()))))
                .addInterceptor(new BackendErrors(name, timeouts))
                .addInterceptor(new ForwardedHeaders());
    }

    /**
     * Counts and times every request of a route by method and status: {@code gateway_requests_seconds}. The timers
     * are looked up in a map of their own: Micrometer's builder and registry look-up per request cost more than
     * recording.
     */
    private static Handler<RoutingContext> measured(String name, MeterRegistry meters) {
        Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
        return context -> {
            long start = System.nanoTime();
            context.addBodyEndHandler(v -> {
                TimerKey key = new TimerKey(context.request().method(), context.response().getStatusCode());
                Timer timer = timers.computeIfAbsent(key, k -> Timer.builder("gateway.requests")
                        .description("Requests through the gateway, by route, method and status")
                        .tag("route", name)
                        .tag("method", k.method().name())
                        .tag("status", String.valueOf(k.status()))
                        .register(meters));
                timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            });
            context.next();
        };
    }

    private record TimerKey(HttpMethod method, int status) {}
}
