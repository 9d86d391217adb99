package no.styringsdata.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import no.styringsdata.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Refuses a request over the gateway's limits (request target, header fields, announced body) with
 * a problem+json 414, 431 or 413, without forwarding it. The HTTP server's own limits
 * ({@code quarkus.http.limits.*}) are set far above these, since the server answers by itself: an
 * empty 414/431/413, and for a body the connection closed at once.
 *
 * <p>A refused request's body is read and thrown away before the connection is closed (at most for
 * the drain timeout): closing while the client still sends makes the kernel reset the connection,
 * and the client loses the answer. A chunked body is streamed to the backend, which counts it and
 * answers its own 413 problem; the gateway passes that through.
 */
final class RequestLimits implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class);

    private final long maxBody;
    private final long maxUri;
    private final long maxHeaders;
    private final long drainMillis;

    RequestLimits(GatewayConfig.Limits limits) {
        this.maxBody = limits.maxBodySize().asLongValue();
        this.maxUri = limits.maxUriLength().asLongValue();
        this.maxHeaders = limits.maxHeaderSize().asLongValue();
        this.drainMillis = limits.drainTimeout().toMillis();
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
        long headers = headerBytes(request);
        if (headers > maxHeaders) {
            refuse(context, Problem.of("headers-too-large", "Request Header Fields Too Large", 431,
                    "The header fields may be at most " + maxHeaders + " bytes in all; these have " + headers + ".",
                    request.path(), null));
            return;
        }
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long length = contentLength == null ? -1 : parseLength(contentLength);
        if (length > maxBody) {
            refuse(context, Problem.of("body-too-large", "Content Too Large", 413,
                    "The request body may be at most " + maxBody + " bytes; this one has " + length + ".",
                    request.path(), null));
            return;
        }
        context.next();
    }

    static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private static long parseLength(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE; // the HTTP decoder refuses such a request before it gets here
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        HttpServerRequest request = context.request();
        LOG.debugf("%s %.200s: %d %s", request.method(), request.uri(), problem.status(), problem.detail());
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        Future<Void> written = problem.send(context);
        if (http1) {
            Future.all(written, drained(context)).onComplete(done -> request.connection().close());
        }
    }

    /**
     * Reads the rest of the body and throws it away; done when the client has sent it all, or did
     * not announce it (it waits for {@code 100 Continue}, which it will not get), or after the
     * drain timeout.
     */
    private Future<Void> drained(RoutingContext context) {
        HttpServerRequest request = context.request();
        Promise<Void> drained = Promise.promise();
        if (request.isEnded() || "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            drained.complete();
            return drained.future();
        }
        long timer = context.vertx().setTimer(drainMillis, id -> drained.tryComplete());
        request.handler(ignored -> {
        }).endHandler(end -> {
            context.vertx().cancelTimer(timer);
            drained.tryComplete();
        }).exceptionHandler(failure -> drained.tryComplete());
        request.resume();
        return drained.future();
    }
}
