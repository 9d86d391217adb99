package no.styringsdata.platform.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import no.styringsdata.platform.wire.WireNamed;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body whose value has the wrong shape for its field (an array for a number, an object for
 * text, a string for the whole body) is a 400 problem naming the field. Quarkus' own mapper for
 * this exception takes precedence over the problem extension's and answers plain JSON (or, with an
 * {@code Accept} it cannot write, an error page), so this one runs first (priority 1).
 */
public class JsonProblemMappers {

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException exception) {
        return problem(exception);
    }

    /**
     * A value that cannot be read as its type (a date of "x"): the problem extension's own mapper
     * would put Jackson's message, with Java class and exception names, in the detail.
     */
    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException exception) {
        return problem(exception);
    }

    private static Response problem(MismatchedInputException exception) {
        String message = exception instanceof NoNulInJsonText.NulInText
                ? exception.getOriginalMessage() : "must be " + expected(exception.getTargetType());
        return Problems.invalidField("body", field(exception), message).toResponse();
    }

    /** The field's path in the body, such as {@code amountNok} or {@code mayBeUsedUnderPosts[0]}. */
    private static String field(MismatchedInputException exception) {
        String path = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum() && WireNamed.class.isAssignableFrom(type)) {
            return WireNamed.oneOf(type.asSubclass(WireNamed.class));
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date such as 2025-06-20";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }
}
