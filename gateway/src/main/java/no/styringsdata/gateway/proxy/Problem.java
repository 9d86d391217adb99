package no.styringsdata.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** An RFC 9457 problem detail, the one error shape of every Styringsdata API. */
public record Problem(String type, String title, int status, String detail, String instance, String route) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://styringsdata.no/problems/";

    public static Problem of(String name, String title, int status, String detail, String instance, String route) {
        return new Problem(TYPE_BASE + name, title, status, detail, instance, route);
    }

    public Buffer toBuffer() {
        JsonObject json = new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        if (route != null) {
            json.put("route", route);
        }
        return json.toBuffer();
    }

    /** Ends the exchange with this problem as the response; done when it is written. */
    public Future<Void> send(RoutingContext context) {
        Buffer body = toBuffer();
        return context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body);
    }
}
