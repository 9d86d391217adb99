package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * What a service answers to a list of reads (status, the headers a client relies on, the body's bytes),
 * to compare two states of its database: before a backup and after its restore, say.
 */
public final class ApiAnswers {

    private static final Logger LOG = Logger.getLogger(ApiAnswers.class);
    private static final List<String> HEADERS = List.of("Content-Type", "ETag", "X-Total-Count", "Link");
    private static final int TRIES = 20;

    /** One read's answer. */
    public record Answer(int status, String headers, byte[] body) {
    }

    private final Map<String, Answer> answers;

    private ApiAnswers(Map<String, Answer> answers) {
        this.answers = answers;
    }

    /**
     * Sends each read (with the bearer token, if not null); every one must answer 200. A 503 is tried
     * again, a few times: a connection pool heals from a database that was away on its own, one request at
     * a time.
     */
    public static ApiAnswers of(String bearerToken, List<String> paths) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        int retried = 0;
        for (String path : paths) {
            Response response = get(bearerToken, path);
            for (int attempt = 1; response.statusCode() == 503 && attempt < TRIES; attempt++, retried++) {
                pause();
                response = get(bearerToken, path);
            }
            assertEquals(200, response.statusCode(), "GET " + path + ": " + response.asString());
            Response answered = response;
            String headers = HEADERS.stream().map(name -> name + ": " + answered.header(name))
                    .collect(Collectors.joining("\n"));
            answers.put(path, new Answer(response.statusCode(), headers, response.asByteArray()));
        }
        if (retried > 0) {
            LOG.infof("%d reads answered 503 first and were tried again (the pool healing)", retried);
        }
        return new ApiAnswers(answers);
    }

    /** Asserts that every read answered the same, header for header and byte for byte. */
    public void assertSameAs(ApiAnswers expected) {
        assertEquals(expected.answers.keySet(), answers.keySet(), "the same reads");
        for (var entry : expected.answers.entrySet()) {
            Answer before = entry.getValue();
            Answer now = answers.get(entry.getKey());
            assertEquals(before.headers(), now.headers(), "headers of GET " + entry.getKey());
            assertArrayEquals(before.body(), now.body(), () -> "body of GET " + entry.getKey() + ": was "
                    + start(before.body()) + ", now " + start(now.body()));
        }
    }

    public int count() {
        return answers.size();
    }

    public long bytes() {
        return answers.values().stream().mapToLong(answer -> answer.body().length).sum();
    }

    /** How many items an open list holds, as its X-Total-Count says. */
    public static long totalCount(String path) {
        String separator = path.contains("?") ? "&" : "?";
        return Long.parseLong(given().when().get(path + separator + "size=1")
                .then().statusCode(200).extract().header("X-Total-Count"));
    }

    /** Reads of every page of the open lists and of the audit log (with the editor's token), 1 000 a page. */
    public static Stream<String> everyPage(String auditLog, String... openLists) {
        return Stream.concat(Stream.of(openLists).flatMap(path -> pages(null, path, 1000)),
                pages(Tokens.EDITOR, auditLog, 1000));
    }

    /** Reads of every page of the open lists and of the audit log, then the other reads given. */
    public static List<String> everyPageAnd(String auditLog, List<String> openLists, String... otherReads) {
        return Stream.concat(everyPage(auditLog, openLists.toArray(String[]::new)), Stream.of(otherReads)).toList();
    }

    /** Reads that list every page of a list: {@code path?page=1&size=...} to the last page, by X-Total-Count. */
    public static Stream<String> pages(String bearerToken, String path, int size) {
        String separator = path.contains("?") ? "&" : "?";
        long total = Long.parseLong(get(bearerToken, path + separator + "size=1").header("X-Total-Count"));
        return Stream.iterate(1, page -> page <= Math.max(1, (total + size - 1) / size), page -> page + 1)
                .map(page -> path + separator + "size=" + size + "&page=" + page);
    }

    private static Response get(String bearerToken, String path) {
        var request = given();
        if (bearerToken != null) {
            request = request.auth().oauth2(bearerToken);
        }
        return request.get(path);
    }

    private static String start(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
