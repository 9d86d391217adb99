package no.styringsdata.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** What every answer to a hostile request must be: no 5xx, errors as problem+json, nothing leaked. */
final class ResponseChecks {

    /** What must never reach a client: stack traces, exception class names, SQL, driver messages. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat (?:java|org|io|no|jdk)\\.|org\\.hibernate|org\\.postgresql|PSQL|SQLState|SQL state|"
                    + "\\bselect\\s.*\\sfrom\\s|\\binsert into\\b|\\bupdate \\w+ set\\b|syntax error at|violates .* constraint",
            Pattern.CASE_INSENSITIVE);
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
        if (status >= 400) { // 413, 414 and 431 too: the services check their limits themselves (RequestLimits)
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
