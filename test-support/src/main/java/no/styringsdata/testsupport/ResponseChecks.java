package no.styringsdata.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

/** What every answer to a hostile request must be: no 5xx, errors as problem+json, nothing leaked. */
final class ResponseChecks {

    /** What must never reach a client: stack traces, exception class names, SQL, driver messages. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat (?:java|org|io|no|jdk)\\.|org\\.hibernate|org\\.postgresql|PSQL|SQLState|SQL state|"
                    + "\\bselect\\s.*\\sfrom\\s|\\binsert into\\b|\\bupdate \\w+ set\\b|syntax error at|violates .* constraint",
            Pattern.CASE_INSENSITIVE);
    /**
     * Limits the HTTP server (Vert.x) enforces on the request line, headers and body size before
     * any application code runs, and answers by itself with an empty body: the only errors allowed
     * not to be problem+json. They carry nothing from the application, so they cannot leak.
     */
    static final List<Integer> TRANSPORT_LIMITS = List.of(413, 414, 431);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseChecks() {
    }

    /** The first violation this answer shows, or null when it is fine. */
    static String violationOf(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "5xx";
        }
        if (LEAK.matcher(response.body()).find()) {
            return "leak in body";
        }
        if (status >= 400 && !TRANSPORT_LIMITS.contains(status)) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith(PROBLEM_JSON)) {
                return "error not problem+json";
            }
            if (problemStatus(response.body()) != status) {
                return "problem body without its status";
            }
        }
        return null;
    }

    private static int problemStatus(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem == null ? -1 : problem.path("status").asInt(-1);
        } catch (IOException notJson) {
            return -1;
        }
    }
}
