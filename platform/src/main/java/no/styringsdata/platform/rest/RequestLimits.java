package no.styringsdata.platform.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.config.ConfigMapping;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import no.styringsdata.limits.Refusals;
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
 * {@code drain-timeout}; {@link Refusals}, shared with the gateway). A chunked body is read here (Vert.x'
 * body handler, which REST then reads from the routing context), so that one over the limit is refused too.
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
        long length = Refusals.contentLength(request);
        if (over(context, request.uri().length(), config.maxUriLength().asLongValue(), 414, "uri-too-long", "URI Too Long",
                "The request target (path and query) may be at most %d bytes; this one has %d.")
                || over(context, Refusals.headerBytes(request), config.maxHeaderSize().asLongValue(), 431,
                        "headers-too-large", "Request Header Fields Too Large",
                        "The header fields may be at most %d bytes in all; these have %d.")
                || over(context, length, maxBody, 413, "body-too-large", "Content Too Large",
                        "The request body may be at most %d bytes; this one has %d.")) {
            return;
        }
        if (length < 0 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            context.put(STREAMED_BODY, true);
            streamed.handle(context);
            return;
        }
        context.next();
    }

    /** Refuses the request when {@code value} is over {@code max}; {@code detail} takes the two, in that order. */
    private boolean over(RoutingContext context, long value, long max, int status, String name, String title,
            String detail) {
        if (value <= max) {
            return false;
        }
        refuse(context, status, name, title, detail.formatted(max, value));
        return true;
    }

    private void refuse(RoutingContext context, int status, String name, String title, String detail) {
        HttpServerRequest request = context.request();
        LOG.debugf("%s %.200s: %d %s", request.method(), request.uri(), status, detail);
        Refusals.refuse(context, config.drainTimeout(), () -> context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .end(new JsonObject()
                        .put("type", TYPE_BASE + name)
                        .put("title", title)
                        .put("status", status)
                        .put("detail", detail)
                        .put("instance", request.path())
                        .toBuffer()));
    }
}
