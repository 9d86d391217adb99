package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.ConditionalReadTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conditional reads through the gateway (the budget service behind it): the proxy passes {@code If-None-Match}
 * on and the 304, {@code ETag}, {@code Cache-Control} and {@code Vary} back; see {@link ConditionalReadTest}.
 * And a browser on another origin may send {@code If-None-Match} and read the {@code ETag}.
 */
@QuarkusTest
@WithTestResource(Backends.class)
@ExtendWith(OwnClientAddress.class)
class ConditionalReadThroughGatewayTest extends ConditionalReadTest {

    private static final String CHAPTER = "/api/budget/chapters/5997";
    private static final AtomicInteger MEASURING_CLIENTS = new AtomicInteger(100);
    private static final String ORIGIN = "http://localhost:5173";
    private static final String LIST = "/api/budget/chapters?sort=-number&size=3";

    ConditionalReadThroughGatewayTest() {
        super(new Reads(LIST, CHAPTER, "/api/budget/audit"));
    }

    @Override
    protected void write(String variant) {
        given().auth().oauth2(editorToken()).contentType("application/json")
                .body("{\"name\":\"Betinget lesing gjennom porten " + variant + "\"}")
                .when().put(CHAPTER).then().statusCode(anyOf(is(200), is(201)));
    }

    /** Within the gateway's rate limit in its tests (a burst of 20 requests per client, then 5 a second: Backends). */
    @Override
    protected int rounds() {
        return 10;
    }

    /** Each measured series as a client of its own (the test's address is the other reads'). */
    @Override
    protected Map<String, String> measuringClient() {
        return Map.of("X-Forwarded-For", "203.0.113." + MEASURING_CLIENTS.incrementAndGet() % 254);
    }

    @Override
    protected String editorToken() {
        return ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class);
    }

    @Test
    void aBrowserOnAnotherOriginMaySendIfNoneMatchAndReadTheETag() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options(LIST)
                .then().statusCode(200).header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-None-Match"));
        String etag = given().header("Origin", ORIGIN).when().get(LIST)
                .then().statusCode(200).header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Accept")).extract().header("ETag");
        given().header("Origin", ORIGIN).header("If-None-Match", etag).when().get(LIST)
                .then().statusCode(304).header("ETag", etag).header("Access-Control-Allow-Origin", ORIGIN)
                .header("Vary", containsString("Accept")).body(emptyString());
    }
}
