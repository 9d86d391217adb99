package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What a client sees at the front door: every link a service writes points at the gateway (or at the
 * address a trusted proxy in front of it was asked on), and a browser on another origin may send and read
 * every header the three OpenAPI documents declare.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class FrontDoorTest {

    /** Response headers a browser lets a page read without CORS exposing them (Fetch standard). */
    private static final Set<String> SAFELISTED_RESPONSE = Set.of("cache-control", "content-language",
            "content-length", "content-type", "expires", "last-modified", "pragma");
    /** Request headers a browser sends without a preflight allowing them. */
    private static final Set<String> SAFELISTED_REQUEST = Set.of("accept", "accept-language", "content-language");
    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"(\\w+)\"");
    private static final String ORIGIN = "http://localhost:5173";
    /** The tests pose as clients of their own (X-Forwarded-For), so the gateway's rate limit leaves them alone. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @TestHTTPResource("/")
    URL gateway;

    /** The assignments of a letter (72), imported again by each test that reads them: the second time changes nothing. */
    private void importALetter() throws IOException {
        client().contentType("text/plain; charset=UTF-8").body(seed("/seeds/004_cc102a77bccaaff9.txt"))
                .auth().oauth2(ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class))
                .post("/api/assignments/imports")
                .then().statusCode(200);
    }

    @Test
    void pagingLinksLeadThroughTheGatewayToTheLastPage() throws IOException {
        importALetter();
        String front = "http://" + gateway.getHost() + ":" + gateway.getPort();
        List<String> ids = follow(front + "/api/assignments?size=3&sort=id", Map.of());
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "no row twice across pages");
    }

    @Test
    void linksUseTheAddressATrustedProxyInFrontOfTheGatewayWasAskedOn() throws IOException {
        importALetter();
        // The gateway's tests trust their client as an ingress would (Backends).
        Map<String, String> ingress = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "data.example.no");
        follow("https://data.example.no/api/assignments?size=4&sort=id", ingress);
    }

    @Test
    void aLocationPointsAtTheGateway() {
        String editor = ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class);
        String location = client().auth().oauth2(editor).contentType("application/json")
                .body("{\"name\":\"Gjennom inngangen\"}").put("/api/budget/chapters/4981")
                .then().statusCode(201).extract().header("Location");
        assertEquals("http://" + gateway.getHost() + ":" + gateway.getPort() + "/api/budget/chapters/4981", location);
    }

    @Test
    void passesOnOnlyTheForwardedHeadersItWroteItself() {
        // Headers a service might read as the client's address, or a later version of Quarkus might: a
        // client must not be able to make a service write links to another host or path.
        client().header("Forwarded", "host=evil.example;proto=https").header("X-Forwarded-Prefix", "/evil")
                .header("X-Forwarded-Server", "evil.example")
                .get("/api/echo/headers")
                .then().statusCode(200)
                .body("headers.forwarded", nullValue())
                .body("headers.x-forwarded-prefix", nullValue())
                .body("headers.x-forwarded-server", nullValue())
                .body("headers.x-forwarded-port", equalTo(String.valueOf(gateway.getPort())))
                .body("headers.x-forwarded-host", equalTo(gateway.getHost() + ":" + gateway.getPort()));
    }

    @Test
    void corsLetsABrowserReadEveryHeaderTheDocumentsAnswer() {
        Set<String> answered = new TreeSet<>();
        for (String service : List.of("budget", "assignments", "indicators")) {
            answered.addAll(documentedHeaders(service, "response"));
        }
        assertTrue(answered.contains("x-total-count") && answered.contains("link") && answered.contains("etag"),
                "the documents declare the paging and version headers: " + answered);
        Response response = client().header("Origin", ORIGIN).get("/api/assignments?size=1");
        response.then().statusCode(200);
        Set<String> exposed = headerList(response.header("Access-Control-Expose-Headers"));
        Set<String> missing = answered.stream()
                .filter(name -> !SAFELISTED_RESPONSE.contains(name) && !exposed.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "documented but hidden from browsers: " + missing + " (exposed: " + exposed + ")");
    }

    @Test
    void corsLetsABrowserSendEveryHeaderTheDocumentsTake() {
        Set<String> taken = new TreeSet<>(Set.of("authorization", "content-type"));
        for (String service : List.of("budget", "assignments", "indicators")) {
            taken.addAll(documentedHeaders(service, "request"));
        }
        taken.removeAll(SAFELISTED_REQUEST);
        Response preflight = client().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", String.join(",", taken))
                .options("/api/budget/chapters/740");
        preflight.then().statusCode(200);
        Set<String> allowed = headerList(preflight.header("Access-Control-Allow-Headers"));
        Set<String> missing = taken.stream().filter(name -> !allowed.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "documented but refused in a preflight: " + missing + " (allowed: " + allowed + ")");
    }

    /**
     * Follows {@code next} from {@code first} to the last page, checking that every link is absolute at the
     * front door's address and that the last page is the one {@code last} named; returns the rows' ids.
     */
    private List<String> follow(String first, Map<String, String> headers) {
        String front = first.substring(0, first.indexOf("/api/"));
        List<String> ids = new ArrayList<>();
        String next = first;
        String last = null;
        int pages = 0;
        while (next != null) {
            assertTrue(++pages <= 100, "paging must end");
            Response response = client().headers(headers).get(next.substring(front.length()));
            response.then().statusCode(200);
            Map<String, String> links = links(response);
            links.values().forEach(url -> assertTrue(url.startsWith(front + "/api/assignments?"),
                    "a link at the front door's address " + front + ": " + url));
            last = links.get("last");
            ids.addAll(response.jsonPath().getList("id", String.class));
            next = links.get("next");
        }
        assertNotNull(last);
        assertTrue(pages > 1, "more than one page");
        int total = Integer.parseInt(client().headers(headers).get(last.substring(front.length())).header("X-Total-Count"));
        assertEquals(total, ids.size(), "the rows of all pages are the X-Total-Count");
        return ids;
    }

    private static Map<String, String> links(Response response) {
        String header = response.header("Link");
        assertNotNull(header, "a paged answer has a Link header");
        Map<String, String> links = new HashMap<>();
        Matcher matcher = LINK.matcher(header);
        while (matcher.find()) {
            links.put(matcher.group(2), matcher.group(1));
        }
        assertFalse(links.isEmpty(), header);
        return links;
    }

    /** The header names a service's OpenAPI document declares: parameters "in: header" or response headers. */
    @SuppressWarnings("unchecked")
    private Set<String> documentedHeaders(String service, String side) {
        Map<String, Object> document = client().get("/api/" + service + "/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        Set<String> names = new TreeSet<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Object item : paths.values()) {
            for (Object value : ((Map<String, Object>) item).values()) {
                if (!(value instanceof Map<?, ?>)) {
                    continue; // a path item's own parameters or summary
                }
                Map<String, Object> operation = (Map<String, Object>) value;
                if (side.equals("request")) {
                    for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                        Map<String, Object> resolved = resolve(document, (Map<String, Object>) parameter);
                        if ("header".equals(resolved.get("in"))) {
                            names.add(((String) resolved.get("name")).toLowerCase(Locale.ROOT));
                        }
                    }
                } else {
                    Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
                    for (Object answer : responses.values()) {
                        Map<String, Object> headers = (Map<String, Object>) resolve(document, (Map<String, Object>) answer)
                                .getOrDefault("headers", Map.of());
                        headers.keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        assertFalse(names.isEmpty(), service + " declares " + side + " headers");
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        Object target = document;
        for (String part : ((String) ref).substring(2).split("/")) {
            target = ((Map<String, Object>) target).get(part);
        }
        return (Map<String, Object>) target;
    }

    private static Set<String> headerList(String value) {
        assertNotNull(value, "a CORS answer lists its headers");
        return Arrays.stream(value.split(",")).map(name -> name.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static RequestSpecification client() {
        return given().header("X-Forwarded-For", "198.51.100." + (CLIENTS.incrementAndGet() % 250 + 1));
    }

    private String seed(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
