package no.styringsdata.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;

/**
 * Tells the backend who asked and how: {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port}.
 * The services trust these from the gateway and write their links with them, so every other header that
 * could change how they see the request ({@code Forwarded}, {@code X-Forwarded-Ssl}, ...) is dropped: a
 * client must not be able to make a service write links to another host. Behind a trusted proxy of its own
 * the gateway's request already carries what that proxy said (Quarkus' forwarding), and is passed on.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";
    private static final List<String> SPOOFABLE = List.of("Forwarded", "X-Forwarded-Ssl", "X-Forwarded-Prefix",
            "X-Forwarded-Server", "X-Forwarded-Trusted-Proxy");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest client = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        SocketAddress remote = client.remoteAddress();
        if (remote != null && remote.hostAddress() != null) {
            headers.set(FOR, appendFor(headers.get(FOR), remote.hostAddress()));
        }
        SPOOFABLE.forEach(headers::remove);
        String scheme = client.scheme() == null ? "http" : client.scheme();
        headers.set(PROTO, scheme);
        HostAndPort authority = client.authority();
        if (authority != null) {
            headers.set(HOST, authority.toString());
            headers.set(PORT, Integer.toString(port(authority, scheme)));
        } else {
            headers.remove(HOST);
            headers.remove(PORT);
        }
        return context.sendRequest();
    }

    /** The port the client used: the one in its {@code Host}, else the scheme's. */
    static int port(HostAndPort authority, String scheme) {
        return authority.port() > 0 ? authority.port() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
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
