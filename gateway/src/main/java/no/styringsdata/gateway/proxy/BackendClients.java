package no.styringsdata.gateway.proxy;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One backend HTTP client, with its own connection pool, per event loop. A client shared by all loops hands a
 * request to whichever pooled connection is free, often one of another loop: every request then crosses threads
 * four times (head, body, response, end), a queued task and a wake-up each. A client per loop only ever
 * connects on, and is used from, its own loop, so a request is proxied on the thread that received it.
 */
final class BackendClients {

    private final Map<EventLoop, HttpClient> byLoop = new IdentityHashMap<>();
    private final HttpClient other;

    /** {@code maxConnections} to the backend in all, shared out among the loops. */
    BackendClients(Vertx vertx, HttpClientOptions options, int maxConnections) {
        var loops = ((VertxInternal) vertx).getEventLoopGroup();
        int count = 0;
        for (EventExecutor ignored : loops) {
            count++;
        }
        int perLoop = Math.max(1, (maxConnections + count - 1) / count);
        for (EventExecutor loop : loops) {
            byLoop.put((EventLoop) loop, vertx.createHttpClient(new HttpClientOptions(options).setMaxPoolSize(perLoop)));
        }
        other = vertx.createHttpClient(new HttpClientOptions(options).setMaxPoolSize(perLoop));
    }

    /** The client of the calling event loop (another thread gets a client of its own, rarely used). */
    HttpClient current() {
        ContextInternal context = ContextInternal.current();
        HttpClient client = context == null ? null : byLoop.get(context.nettyEventLoop());
        return client == null ? other : client;
    }
}
