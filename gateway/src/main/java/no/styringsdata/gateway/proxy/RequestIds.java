package no.styringsdata.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Gives every request an {@code X-Request-Id}: the client's own if it is sane, a new UUID otherwise.
 * The id goes to the backend (the proxy copies request headers), back to the client, and into the
 * gateway's access log line.
 */
public final class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger ACCESS = Logger.getLogger("no.styringsdata.gateway.access");

    static boolean isSane(String id) {
        return id != null && SANE.matcher(id).matches();
    }

    @Override
    public void handle(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = isSane(given) ? given : UUID.randomUUID().toString();
        context.request().headers().set(HEADER, id);
        context.put(HEADER, id);
        long start = System.nanoTime();
        context.addHeadersEndHandler(v -> context.response().headers().set(HEADER, id));
        context.addBodyEndHandler(v -> ACCESS.infof("%s %s %s -> %d in %.1f ms", id, context.request().method(),
                context.request().uri(), context.response().getStatusCode(), (System.nanoTime() - start) / 1e6));
        context.next();
    }
}
