package no.styringsdata.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the client's own if it is sane, a new UUID otherwise.
 * The id goes to the backend (the proxy copies request headers), back to the client, and into the
 * access log (Quarkus' own, {@code quarkus.http.access-log.*}, which logs the response header).
 */
public final class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    static boolean isSane(String id) {
        return id != null && SANE.matcher(id).matches();
    }

    @Override
    public void handle(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = isSane(given) ? given : UUID.randomUUID().toString();
        context.request().headers().set(HEADER, id);
        context.put(HEADER, id);
        context.addHeadersEndHandler(v -> context.response().headers().set(HEADER, id));
        context.next();
    }
}
