package no.styringsdata.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import no.styringsdata.gateway.config.GatewayConfig;
import no.styringsdata.limits.Refusals;
import org.jboss.logging.Logger;

/**
 * Refuses a request over the gateway's limits (request target, header fields, announced body) with
 * a problem+json 414, 431 or 413, without forwarding it. The HTTP server's own limits
 * ({@code quarkus.http.limits.*}) are set far above these, since the server answers by itself: an
 * empty 414/431/413, and for a body the connection closed at once.
 *
 * <p>A refused request's body is read and thrown away before the connection is closed ({@link Refusals}). A
 * chunked body is streamed to the backend, which counts it and answers its own 413 problem; the gateway passes
 * that through.
 */
final class RequestLimits implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class);

    private final long maxBody;
    private final long maxUri;
    private final long maxHeaders;
    private final Duration drainTimeout;

    RequestLimits(GatewayConfig.Limits limits) {
        this.maxBody = limits.maxBodySize().asLongValue();
        this.maxUri = limits.maxUriLength().asLongValue();
        this.maxHeaders = limits.maxHeaderSize().asLongValue();
        this.drainTimeout = limits.drainTimeout();
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        long uri = request.uri().length();
        if (uri > maxUri) {
            refuse(context, Problem.of("uri-too-long", "URI Too Long", 414,
                    "The request target (path and query) may be at most " + maxUri + " bytes; this one has " + uri + ".",
                    request.path(), null));
            return;
        }
        long headers = Refusals.headerBytes(request);
        if (headers > maxHeaders) {
            refuse(context, Problem.of("headers-too-large", "Request Header Fields Too Large", 431,
                    "The header fields may be at most " + maxHeaders + " bytes in all; these have " + headers + ".",
                    request.path(), null));
            return;
        }
        long length = Refusals.contentLength(request);
        if (length > maxBody) {
            refuse(context, Problem.of("body-too-large", "Content Too Large", 413,
                    "The request body may be at most " + maxBody + " bytes; this one has " + length + ".",
                    request.path(), null));
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, Problem problem) {
        HttpServerRequest request = context.request();
        LOG.debugf("%s %.200s: %d %s", request.method(), request.uri(), problem.status(), problem.detail());
        Refusals.refuse(context, drainTimeout, () -> problem.send(context));
    }
}
