package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each service's change feed synced through the front door, with every service's seeds imported: the pages'
 * {@code next} links and every entry's URL point at the gateway, and each URL answers there (200; 404 for a
 * removed resource). Then a write through the gateway is the one entry after the cursor.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class ChangeFeedThroughGatewayTest {

    private static final Logger LOG = Logger.getLogger(ChangeFeedThroughGatewayTest.class);
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    /** Each request as a client of its own (RFC 2544's range), so that the gateway's rate limit leaves the hundreds alone. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @TestHTTPResource("/")
    URL gateway;

    /** What a sync read: the entries, the cursor to keep, and its cost. */
    private record Sync(List<Map<String, Object>> changes, String cursor, int requests, long bytes) {
    }

    @BeforeEach
    void seeds() {
        AllSeeds.imported();
    }

    @Test
    void everyServicesFeedSyncsThroughTheGatewayWithUrlsThatAnswerThere() {
        for (String service : List.of("budget", "assignments", "indicators")) {
            Sync sync = sync(service, null);
            assertTrue(sync.changes().size() > 1, service + " has seeds");
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (Map<String, Object> change : sync.changes()) {
                String url = (String) change.get("url");
                assertTrue(url.startsWith(front() + "/api/" + service + "/"), "at the front door: " + url);
                int status = statuses.computeIfAbsent(url, u -> client().urlEncodingEnabled(false)
                        .get(u.substring(front().length())).statusCode());
                assertEquals("removed".equals(change.get("action")) ? 404 : 200, status, change::toString);
            }
            Map<Object, Long> byType = sync.changes().stream()
                    .collect(Collectors.groupingBy(c -> c.get("type"), TreeMap::new, Collectors.counting()));
            LOG.infof("%s: a full sync through the gateway, %d resources %s in %d requests, %d bytes; %d URLs answered",
                    service, sync.changes().size(), byType, sync.requests(), sync.bytes(), statuses.size());
            Sync nothing = sync(service, sync.cursor());
            assertEquals(List.of(), nothing.changes(), service + ": nothing changed since");
        }
    }

    @Test
    void aWriteThroughTheGatewayIsTheOneEntryAfterTheCursor() {
        String cursor = sync("budget", null).cursor();
        String editor = ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class);
        client().auth().oauth2(editor).contentType("application/json")
                .body("{\"name\":\"Endringsstrøm gjennom porten " + System.nanoTime() + "\"}")
                .put("/api/budget/chapters/4982").then().statusCode(anyOf(is(200), is(201)));
        Sync after = sync("budget", cursor);
        assertEquals(1, after.changes().size(), after.changes()::toString);
        assertEquals(List.of("chapter", "4982", front() + "/api/budget/chapters/4982"),
                List.of(after.changes().get(0).get("type"), after.changes().get(0).get("id"), after.changes().get(0).get("url")));
        client().get("/api/budget/chapters/4982").then().statusCode(200);
        LOG.infof("budget: a sync after one write, %d request(s), %d bytes", after.requests(), after.bytes());
    }

    /** Reads a service's feed through the gateway from {@code since} to its end, following each page's {@code next} link. */
    private Sync sync(String service, String since) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String next = "/api/" + service + "/changes?limit=100" + (since == null ? "" : "&since=" + since);
        String cursor = since;
        int requests = 0;
        long bytes = 0;
        while (next != null) {
            Response page = client().urlEncodingEnabled(false).get(next);
            page.then().statusCode(200);
            requests++;
            bytes += page.asByteArray().length;
            changes.addAll(page.jsonPath().getList("changes"));
            cursor = page.jsonPath().getString("next");
            next = null;
            if (page.header("Link") != null) {
                Matcher link = NEXT.matcher(page.header("Link"));
                assertTrue(link.find() && link.group(1).startsWith(front() + "/api/" + service + "/changes?"),
                        "the next page at the front door: " + page.header("Link"));
                next = link.group(1).substring(front().length());
            }
        }
        return new Sync(changes, cursor, requests, bytes);
    }

    private String front() {
        return "http://" + gateway.getHost() + ":" + gateway.getPort();
    }

    private static RequestSpecification client() {
        return given().header("X-Forwarded-For", "198.18.0." + (CLIENTS.incrementAndGet() % 254 + 1));
    }
}
