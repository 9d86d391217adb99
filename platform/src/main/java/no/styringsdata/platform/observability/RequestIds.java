package no.styringsdata.platform.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Puts the request's {@code X-Request-Id} (the gateway's, or a new one when it comes without a sane one) in the
 * logging MDC as {@code requestId} for the whole request, and returns it in the response. With the trace id that
 * OpenTelemetry puts there ({@code traceId}), every log line of a request says which request it belongs to.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The same rule as the gateway's: anything else is replaced, so a log line cannot be forged through it. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Before the other filters (CORS, security), so that what they log carries the id too. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(RequestIds::handle, PRIORITY);
    }

    static void handle(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        // Quarkus keeps the MDC in the request's own (duplicated) Vert.x context: it follows the request onto worker
        // threads and ends with it.
        MDC.put(MDC_KEY, id);
        context.addHeadersEndHandler(v -> context.response().headers().set(HEADER, id));
        context.next();
    }
}
