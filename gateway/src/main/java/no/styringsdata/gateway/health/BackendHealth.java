package no.styringsdata.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.registry.HealthRegistries;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.styringsdata.gateway.config.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One check per route, the backend's own {@code /q/health/ready} with a short timeout, in the health
 * group {@code backends} ({@code /q/health/group/backends}). Not in readiness: a gateway taken out of
 * service because one backend is down would take the other two routes down with it.
 */
@ApplicationScoped
public class BackendHealth {

    public static final String GROUP = "backends";
    private static final String PROBE_PATH = "/q/health/ready";

    void register(@Observes StartupEvent start, GatewayConfig config, Vertx vertx) {
        long timeoutMillis = config.healthTimeout().toMillis();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeoutMillis));
        HealthRegistry backends = HealthRegistries.getHealthGroupRegistry(GROUP);
        config.routes().forEach((name, route) -> backends.register(name, () -> probe(client, name, route, timeoutMillis)));
    }

    private static Uni<HealthCheckResponse> probe(HttpClient client, String name, GatewayConfig.Route route, long timeoutMillis) {
        String url = "http://" + route.host() + ":" + route.port() + PROBE_PATH;
        var probe = client.request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(route.host())
                        .setPort(route.port())
                        .setURI(PROBE_PATH)
                        .setIdleTimeout(timeoutMillis))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode()))
                .map(status -> HealthCheckResponse.named(name)
                        .status(status == 200)
                        .withData("backend", url)
                        .withData("status", status)
                        .build())
                .otherwise(failure -> HealthCheckResponse.named(name)
                        .down()
                        .withData("backend", url)
                        .withData("error", String.valueOf(failure.getMessage()))
                        .build());
        return Uni.createFrom().completionStage(probe.toCompletionStage());
    }
}
