package no.styringsdata.gateway;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test method a client address of its own (in {@code X-Forwarded-For}, which the gateway's tests
 * trust as an ingress would: {@link Backends}), so that the gateway's per-client rate limit counts each test
 * apart: in random order, tests run back to back from one address would share one budget of requests. A
 * test's own {@code X-Forwarded-For} replaces it.
 */
public class OwnClientAddress implements BeforeEachCallback, AfterEachCallback {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The address the current test method poses as (TEST-NET-2, RFC 5737). */
    public static String current() {
        return CURRENT.get();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        int n = CLIENTS.incrementAndGet();
        String address = "198.51.100." + (n % 254 + 1);
        CURRENT.set(address);
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-Forwarded-For", address).build();
        RestAssured.config = RestAssured.config()
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("X-Forwarded-For"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RestAssured.requestSpecification = null;
        CURRENT.remove();
    }
}
