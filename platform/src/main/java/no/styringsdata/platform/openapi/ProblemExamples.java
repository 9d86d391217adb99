package no.styringsdata.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.platform.problem.Problems;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The problem bodies every service answers alike (401, 403, 404, 412, 415, a 400 of Bean Validation), as examples
 * for the responses the filters add, and the 422s of an import that the document's identity decides. A service's own
 * problems (its 409s, the 422 of a text it cannot read) keep their examples in its
 * {@code rest/Examples}. Each example's {@code instance} is the operation's path with the path parameters'
 * examples filled in.
 */
final class ProblemExamples {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private ProblemExamples() {
    }

    /** 401 as SecurityProblemMappers answers it. */
    static Map<String, Object> unauthorized(String instance) {
        return problem("unauthorized", "Unauthorized", 401,
                "This operation needs a bearer token (JWT) with an editor role.", instance);
    }

    /** 403 as SecurityProblemMappers answers it. */
    static Map<String, Object> forbidden(String instance) {
        return problem("forbidden", "Forbidden", 403, "The bearer token does not carry the role this operation needs.",
                instance);
    }

    /** 404 as a service answers a path that names nothing it holds, in the words of the operation's 404. */
    static Map<String, Object> notFound(String detail, String instance) {
        return problem("not-found", "Not Found", 404, detail, instance);
    }

    /** 422 of an import whose {@code agency} contradicts the text (the document reader's ImportHints). */
    static Map<String, Object> agencyContradicted(String instance) {
        return agencyProblem("The text is addressed to Helsedirektoratet, but agency 'Folkehelseinstituttet' was given.",
                instance);
    }

    /** 422 of an import whose text names no agency, without {@code agency}. */
    static Map<String, Object> agencyMissing(String instance) {
        return agencyProblem("The text does not name the agency it is addressed to or written by: give `agency`.",
                instance);
    }

    /** 412 for an {@code If-Match} that names an older version. */
    static Map<String, Object> stale(String instance) {
        return problem("stale-version", "Precondition Failed", 412,
                "You sent If-Match for version 0, but it is at version 1 now. Read it again and retry.", instance);
    }

    /** 412 for {@code If-None-Match: *} on a record that exists. */
    static Map<String, Object> exists(String instance) {
        return problem("stale-version", "Precondition Failed", 412, "You sent If-None-Match: *, but it exists already "
                + "(version 0). Read it, and send If-Match with its ETag to correct it.", instance);
    }

    /** 415 as the problem extension answers a body of a media type the operation does not take. */
    static Map<String, Object> unsupportedMediaType(String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "Unsupported Media Type");
        problem.put("status", 415);
        putInstance(problem, instance);
        return problem;
    }

    /** 400 as the problem extension answers a Bean Validation violation: no type or detail, the field in {@code violations}. */
    static Map<String, Object> violation(String field, String in, String message, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "Bad Request");
        problem.put("status", 400);
        putInstance(problem, instance);
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", field);
        violation.put("in", in);
        violation.put("message", message);
        problem.put("violations", List.of(violation));
        return problem;
    }

    /** The operation's path with each path parameter's example in its place; null when one has no example. */
    static String instance(String path, Operation operation) {
        Matcher template = TEMPLATE.matcher(path);
        StringBuilder instance = new StringBuilder();
        while (template.find()) {
            String name = template.group(1);
            Object example = operation.getParameters() == null ? null : operation.getParameters().stream()
                    .filter(parameter -> parameter.getIn() == Parameter.In.PATH && name.equals(parameter.getName()))
                    .map(Parameter::getExample).filter(value -> value != null).findFirst().orElse(null);
            if (example == null) {
                return null;
            }
            template.appendReplacement(instance, Matcher.quoteReplacement(example.toString()));
        }
        template.appendTail(instance);
        return instance.toString();
    }

    private static Map<String, Object> agencyProblem(String message, String instance) {
        Map<String, Object> problem = problem("unreadable-document", "Unreadable document", 422, "agency: " + message,
                instance);
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", "agency");
        violation.put("in", "query");
        violation.put("message", message);
        problem.put("violations", List.of(violation));
        return problem;
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.type(type).toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        putInstance(problem, instance);
        return problem;
    }

    private static void putInstance(Map<String, Object> problem, String instance) {
        if (instance != null) {
            problem.put("instance", instance);
        }
    }
}
