package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Conditional reads (platform {@code caching/ConditionalReads}): every GET has an {@code ETag} that changes when
 * its answer changes and only then, {@code If-None-Match} with it is a {@code 304} without a body, and every
 * answer says how it may be cached. Each service's test (and the gateway's, through the gateway) extends it with
 * a list read, a write that changes that list, and a record whose ETag is its version.
 */
public abstract class ConditionalReadTest {

    private static final Logger LOG = Logger.getLogger(ConditionalReadTest.class);
    private static final String REPRESENTATION_TAG = "^\"[A-Za-z0-9_-]{22}\"$";

    /**
     * What a service's test reads.
     *
     * @param list   a list read, in JSON by default, that {@link #write} changes; it takes {@code format=csv}
     * @param record a record whose ETag is its version (for If-Match), e.g. one chapter, that {@code write("a")}
     *               makes exist; null where the service has none
     * @param audit  the editors' audit log
     */
    public record Reads(String list, String record, String audit) {
    }

    private final Reads reads;

    protected ConditionalReadTest(Reads reads) {
        this.reads = reads;
    }

    /**
     * Writes something the list read shows, as {@code variant} ("a" or "b") says: writing the same variant twice
     * changes nothing the second time (the API answers that nothing was written).
     */
    protected abstract void write(String variant);

    /** The list read given to the constructor, unless a test knows it only once it runs. */
    protected String listRead() {
        return reads.list();
    }

    /** The read whose 200 and 304 {@link #reportsWhatANotModifiedSaves} measures; the list read unless overridden. */
    protected String measuredRead() {
        return listRead();
    }

    /** How many requests {@link #reportsWhatANotModifiedSaves} sends of each kind. */
    protected int rounds() {
        return 300;
    }

    /** A bearer token of an editor of the service (or of every service, through the gateway). */
    protected String editorToken() {
        return Tokens.EDITOR;
    }

    @Test
    void aReadKeepsItsETagWhileNothingChanges() {
        Response first = read(listRead(), Map.of());
        Response second = read(listRead(), Map.of());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.asString(), second.asString());
        assertThat(first.header("ETag"), matchesPattern(REPRESENTATION_TAG));
        assertEquals("public, no-cache", first.header("Cache-Control"));
        assertThat(first.header("Vary"), containsString("Accept"));
    }

    @Test
    void ifNoneMatchWithTheETagIsNotModifiedWithoutABody() {
        String etag = read(listRead(), Map.of()).header("ETag");
        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag)) {
            given().header("If-None-Match", ifNoneMatch).when().get(listRead())
                    .then().statusCode(304).header("ETag", etag).header("Cache-Control", "public, no-cache")
                    .header("Vary", containsString("Accept")).body(emptyString());
        }
        // a tag that names no current answer, or no tag at all, is a full answer
        for (String ifNoneMatch : List.of("\"other\"", "W/\"x\"", "not a tag", "\"")) {
            given().header("If-None-Match", ifNoneMatch).when().get(listRead())
                    .then().statusCode(200).header("ETag", etag).body(not(emptyString()));
        }
    }

    @Test
    void csvAndJsonOfOneReadHaveTheirOwnETags() {
        String json = read(listRead(), Map.of("Accept", "application/json")).header("ETag");
        String csv = read(listRead(), Map.of("Accept", "text/csv")).header("ETag");
        String csvByQuery = read(listRead() + (listRead().contains("?") ? "&" : "?") + "format=csv", Map.of()).header("ETag");
        assertNotEquals(json, csv);
        assertNotEquals(csv, csvByQuery); // another URL
        given().header("Accept", "text/csv").header("If-None-Match", csv).when().get(listRead()).then().statusCode(304);
        given().header("Accept", "application/json").header("If-None-Match", csv).when().get(listRead())
                .then().statusCode(200).header("ETag", json);
    }

    @Test
    void aWriteChangesTheETagOfWhatItChangesAndAWriteOfNothingDoesNot() {
        write("a");
        Response before = read(listRead(), Map.of());
        String etag = before.header("ETag");
        write("a"); // nothing written
        given().header("If-None-Match", etag).when().get(listRead()).then().statusCode(304).header("ETag", etag);

        write("b");
        Response after = given().header("If-None-Match", etag).when().get(listRead());
        after.then().statusCode(200).header("ETag", matchesPattern(REPRESENTATION_TAG));
        assertNotEquals(etag, after.header("ETag"));
        assertNotEquals(before.asString(), after.asString());
        given().header("If-None-Match", after.header("ETag")).when().get(listRead()).then().statusCode(304);
    }

    @Test
    void aRecordKeepsItsVersionAsETagForWriters() {
        assumeTrue(reads.record() != null, "no GET whose ETag is a record's version");
        write("a");
        Response record = read(reads.record(), Map.of());
        record.then().header("ETag", matchesPattern("^\"\\d+\"$")).header("Cache-Control", "public, no-cache");
        // a record's version does not cover the other records in its answer: never a 304 on it
        given().header("If-None-Match", record.header("ETag")).when().get(reads.record())
                .then().statusCode(200).header("ETag", record.header("ETag")).body(not(emptyString()));
    }

    @Test
    void theAuditLogIsPrivateAndNeverNotModifiedWithoutItsToken() {
        write("a");
        Response audit = given().auth().oauth2(editorToken()).when().get(reads.audit());
        audit.then().statusCode(200).header("Cache-Control", "private, no-cache");
        String etag = audit.header("ETag");
        given().header("If-None-Match", etag).when().get(reads.audit()).then().statusCode(401);
        given().auth().oauth2(editorToken()).header("If-None-Match", etag).when().get(reads.audit()).then().statusCode(304);
    }

    /**
     * Not a timed assertion: prints what a 304 saves against a 200. The client sends no {@code Accept}, unlike
     * RestAssured ({@code *}{@code /*}): the same answer, so the same tag.
     */
    @Test
    void reportsWhatANotModifiedSaves() throws IOException, InterruptedException {
        String path = measuredRead();
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
        String etag = read(path, Map.of()).header("ETag");
        HttpClient client = HttpClient.newHttpClient();
        long[] full = measure(client, measuring(uri).build());
        long[] notModified = measure(client, measuring(uri).header("If-None-Match", etag).build());
        LOG.infof("GET %s, %d requests each: 200 %d body bytes (%d with headers), %.2f ms; 304 %d body bytes "
                        + "(%d with headers), %.2f ms", path, rounds(), full[0], full[1], full[2] / 1e6 / rounds(),
                notModified[0], notModified[1], notModified[2] / 1e6 / rounds());
        assertEquals(200, full[3]);
        assertEquals(304, notModified[3]);
        assertEquals(0, notModified[0]);
    }

    /** A request of {@link #reportsWhatANotModifiedSaves}, with the {@link #measuringClient} headers. */
    private HttpRequest.Builder measuring(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        measuringClient().forEach(request::header);
        return request;
    }

    /**
     * Headers that say who sends one series of measured requests; none by default. Through the gateway a
     * series poses as a client of its own, within the gateway's per-client rate limit.
     */
    protected Map<String, String> measuringClient() {
        return Map.of();
    }

    /** Body bytes and bytes with headers of one answer, the nanoseconds of {@link #rounds} requests, the last status. */
    private long[] measure(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray()); // warm up
        long headerBytes = response.headers().map().entrySet().stream()
                .mapToLong(header -> header.getValue().stream().mapToLong(value -> header.getKey().length() + value.length() + 4).sum())
                .sum();
        long start = System.nanoTime();
        for (int i = 0; i < rounds(); i++) {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        long nanos = System.nanoTime() - start;
        return new long[] {response.body().length, response.body().length + headerBytes, nanos, response.statusCode()};
    }

    private static Response read(String path, Map<String, String> headers) {
        Response response = given().headers(headers).when().get(path);
        response.then().statusCode(200).header("ETag", notNullValue());
        return response;
    }
}
