package no.styringsdata.limits;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Refusing a request over a limit so that the client reads the answer, for the gateway and every service alike.
 * The answer is sent, then the rest of the body is read and thrown away (at most for the drain timeout) before
 * the connection is closed: closing while the client still sends makes the kernel reset the connection, and the
 * client loses the answer.
 */
public final class Refusals {

    private Refusals() {
    }

    /** All header fields together: each name, value and the four bytes of ": " and CRLF. */
    public static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** The announced body size; -1 where none is announced. */
    public static long contentLength(HttpServerRequest request) {
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE; // the HTTP decoder refuses such a request before it gets here
        }
    }

    /** Sends {@code answer} and, over HTTP/1, closes the connection once it is sent and the body drained. */
    public static void refuse(RoutingContext context, Duration drainTimeout, Supplier<Future<Void>> answer) {
        HttpServerRequest request = context.request();
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        Future<Void> written = answer.get();
        if (http1) {
            Future.all(written, drained(context, drainTimeout)).onComplete(done -> request.connection().close());
        }
    }

    /**
     * Reads the rest of the body and throws it away; done when the client has sent it all, or did not announce
     * it (it waits for {@code 100 Continue}, which it will not get), or after the drain timeout.
     */
    private static Future<Void> drained(RoutingContext context, Duration drainTimeout) {
        HttpServerRequest request = context.request();
        Promise<Void> drained = Promise.promise();
        if (request.isEnded() || "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            drained.complete();
            return drained.future();
        }
        long timer = context.vertx().setTimer(drainTimeout.toMillis(), id -> drained.tryComplete());
        request.handler(ignored -> {
        }).endHandler(end -> {
            context.vertx().cancelTimer(timer);
            drained.tryComplete();
        }).exceptionHandler(failure -> drained.tryComplete());
        request.resume();
        return drained.future();
    }
}
