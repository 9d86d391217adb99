package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problems our services answer with, beyond those the problem extension maps by
 * itself (validation, unknown paths, bad JSON). Field errors use the extension's own shape:
 * {@code violations: [{field, in, message}]}.
 */
public final class Problems {

    /** The media type of every problem answer (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "https://styringsdata.no/problems/";

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    /** 400 for one request field that is wrong, naming it. */
    public static HttpProblem invalidField(String in, String field, String message) {
        return of("invalid-request", Response.Status.BAD_REQUEST, field + ": " + message)
                .with("violations", List.of(keyField(in, field, message)))
                .build();
    }

    /** 404 for a resource that does not exist. */
    public static HttpProblem notFound(String detail) {
        return of("not-found", Response.Status.NOT_FOUND, detail).build();
    }

    /** 422 for a document that could not be read; nothing of it was written. */
    public static HttpProblem unreadableDocument(String detail, int line) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(type("unreadable-document"))
                .withStatus(422)
                .withTitle("Unreadable document")
                .withDetail(detail);
        if (line > 0) {
            problem.with("line", line);
        }
        return problem.build();
    }

    /** 412 when {@code If-Match} names a version that is no longer current. */
    public static HttpProblem staleVersion(String detail) {
        return of("stale-version", Response.Status.PRECONDITION_FAILED, detail).build();
    }

    /**
     * 409 when the record a write would create exists already, naming the fields of its key as
     * {@code violations} (in the shape of a 400's), e.g. a POST of a value for a period that has one.
     */
    public static HttpProblem.Builder duplicateKey(String detail, List<Map<String, String>> fields) {
        return of("conflict", Response.Status.CONFLICT, detail).with("violations", fields);
    }

    /** A field of a {@link #duplicateKey} (or {@link #invalidField}) problem. */
    public static Map<String, String> keyField(String in, String field, String message) {
        return Map.of("field", field, "in", in, "message", message);
    }

    /** 409 when the change conflicts with what is stored (e.g. it would orphan data). */
    public static HttpProblem conflict(String detail) {
        return of("conflict", Response.Status.CONFLICT, detail).build();
    }

    /** A problem of our type {@code name} titled with the status' reason phrase. */
    private static HttpProblem.Builder of(String name, Response.Status status, String detail) {
        return HttpProblem.builder()
                .withType(type(name))
                .withStatus(status)
                .withTitle(status.getReasonPhrase())
                .withDetail(detail);
    }
}
