package no.styringsdata.platform.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.config.ConfigMapping;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import no.styringsdata.platform.problem.Problems;
import org.jboss.logging.Logger;

/**
 * Refuses a request over the service's limits (request target, header fields, body) as problem+json
 * 414, 431 or 413, before anything else reads it: authentication, Quarkus' own body limit, REST.
 * The HTTP server's limits ({@code quarkus.http.limits.*}) are set far above these (platform
 * defaults), since the server answers by itself: an empty 414/431/413 and a closed connection.
 *
 * <p>A refused request's body is read and thrown away before the connection is closed (at most for
 * {@code drain-timeout}): closing while the client still sends makes the kernel reset the
 * connection, and the client loses the answer. A chunked body is read here (Vert.x' body handler,
 * which REST then reads from the routing context), so that one over the limit is refused too.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class);
    /** After CORS (preflights need no limits) and before everything else. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1;
    private static final String TYPE_BASE = "https://styringsdata.no/problems/";
    private static final String STREAMED_BODY = RequestLimits.class.getName() + ".streamed";

    @ConfigMapping(prefix = "styringsdata.http.limits")
    public interface Config {

        /** The largest request body, declared (Content-Length) or streamed (chunked). */
        MemorySize maxBodySize();

        /** The longest request target: path and query, as sent (percent-encoded). */
        MemorySize maxUriLength();

        /** All header fields together: each name, value and the four bytes of ": " and CRLF. */
        MemorySize maxHeaderSize();

        /** How long a refused request's body is read and thrown away before the connection is closed. */
        Duration drainTimeout();
    }

    private final Config config;

    public RequestLimits(Config config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        long maxBody = config.maxBodySize().asLongValue();
        BodyHandler streamed = BodyHandler.create(false).setBodyLimit(maxBody);
        router.route().order(ORDER)
                .handler(context -> check(context, maxBody, streamed))
                .failureHandler(context -> {
                    if (context.statusCode() == 413 && context.get(STREAMED_BODY) != null) {
                        refuse(context, 413, "body-too-large", "Content Too Large",
                                "The request body may be at most " + maxBody + " bytes; this chunked one went beyond that.");
                    } else {
                        context.next();
                    }
                });
    }

    private void check(RoutingContext context, long maxBody, BodyHandler streamed) {
        HttpServerRequest request = context.request();
        long uri = request.uri().length();
        long maxUri = config.maxUriLength().asLongValue();
        if (uri > maxUri) {
            refuse(context, 414, "uri-too-long", "URI Too Long",
                    "The request target (path and query) may be at most " + maxUri + " bytes; this one has " + uri + ".");
            return;
        }
        long headers = headerBytes(request);
        long maxHeaders = config.maxHeaderSize().asLongValue();
        if (headers > maxHeaders) {
            refuse(context, 431, "headers-too-large", "Request Header Fields Too Large",
                    "The header fields may be at most " + maxHeaders + " bytes in all; these have " + headers + ".");
            return;
        }
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null) {
            long length = parseLength(contentLength);
            if (length > maxBody) {
                refuse(context, 413, "body-too-large", "Content Too Large",
                        "The request body may be at most " + maxBody + " bytes; this one has " + length + ".");
                return;
            }
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            context.put(STREAMED_BODY, true);
            streamed.handle(context);
            return;
        }
        context.next();
    }

    static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
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

    private void refuse(RoutingContext context, int status, String name, String title, String detail) {
        HttpServerRequest request = context.request();
        LOG.debugf("%s %.200s: %d %s", request.method(), request.uri(), status, detail);
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        Future<Void> written = context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .end(new JsonObject()
                        .put("type", TYPE_BASE + name)
                        .put("title", title)
                        .put("status", status)
                        .put("detail", detail)
                        .put("instance", request.path())
                        .toBuffer());
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
        long timer = context.vertx().setTimer(config.drainTimeout().toMillis(), id -> drained.tryComplete());
        request.handler(ignored -> {
        }).endHandler(end -> {
            context.vertx().cancelTimer(timer);
            drained.tryComplete();
        }).exceptionHandler(failure -> drained.tryComplete());
        request.resume();
        return drained.future();
    }
}
