package no.styringsdata.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Turns a backend that cannot be reached into a 502 and one that stays silent past the timeout into
 * a 504, both as problem+json naming the route (the plain proxy answers an empty 502 to both).
 */
record BackendErrors(String route, BackendTimeouts timeouts) implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendErrors.class);

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context.request(), failure)));
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure) {
        String path = request.proxiedRequest().path();
        Problem problem = failure instanceof TimeoutException
                ? Problem.of("backend-timeout", "Gateway Timeout", 504,
                        "The " + route + " service did not answer within " + timeouts.millisFor(request.getMethod()) + " ms.", path, route)
                : Problem.of("backend-unavailable", "Bad Gateway", 502,
                        "The " + route + " service cannot be reached.", path, route);
        LOG.warnf("%s %s: route %s answered %d: %s", request.getMethod(), path, route, problem.status(), failure.toString());
        Buffer body = problem.toBuffer();
        ProxyResponse response = request.release().response();
        response.headers().clear();
        return response
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(body));
    }
}
