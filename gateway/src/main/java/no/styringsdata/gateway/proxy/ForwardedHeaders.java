package no.styringsdata.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/** Tells the backend who asked and how: {@code X-Forwarded-For}, {@code -Proto} and {@code -Host}. */
final class ForwardedHeaders implements ProxyInterceptor {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest client = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        SocketAddress remote = client.remoteAddress();
        if (remote != null && remote.hostAddress() != null) {
            headers.set(FOR, appendFor(headers.get(FOR), remote.hostAddress()));
        }
        headers.set(PROTO, client.scheme() == null ? "http" : client.scheme());
        if (client.authority() != null) {
            headers.set(HOST, client.authority().toString());
        }
        return context.sendRequest();
    }

    /**
     * Appends the client to the chain, unless it already ends it: behind a trusted proxy Quarkus
     * takes the client address from that same header.
     */
    static String appendFor(String earlier, String client) {
        if (earlier == null || earlier.isBlank()) {
            return client;
        }
        String last = earlier.substring(earlier.lastIndexOf(',') + 1).strip();
        return last.equals(client) ? earlier : earlier + ", " + client;
    }
}
