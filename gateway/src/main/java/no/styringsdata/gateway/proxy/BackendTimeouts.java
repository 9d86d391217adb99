package no.styringsdata.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import java.time.Duration;

/** How long a backend may stay silent: reads get the route's timeout, writes the longer write timeout. */
record BackendTimeouts(long readMillis, long writeMillis) {

    BackendTimeouts(Duration read, Duration write) {
        this(read.toMillis(), Math.max(read.toMillis(), write.toMillis()));
    }

    long millisFor(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                ? readMillis
                : writeMillis;
    }
}
