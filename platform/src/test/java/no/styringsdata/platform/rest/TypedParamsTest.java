package no.styringsdata.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedParamsTest {

    private final TypedParams params = new TypedParams();

    @SuppressWarnings("unused")
    private static void resource(@QueryParam("format") Format format, @PathParam("asOf") LocalDate asOf) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        Method method = TypedParamsTest.class.getDeclaredMethod("resource", Format.class, LocalDate.class);
        return method.getParameterAnnotations()[parameter];
    }

    @Test
    void readsAWireNameInAnyCaseAndWritesItBack() throws Exception {
        ParamConverter<Format> format = params.getConverter(Format.class, Format.class, annotationsOf(0));
        assertEquals(Format.CSV, format.fromString(" CSV "));
        assertEquals("csv", format.toString(Format.CSV));
        assertNull(format.fromString(null));
    }

    @Test
    void anUnknownNameIsA400NamingTheParameterAndTheAllowedValues() throws Exception {
        ParamConverter<Format> format = params.getConverter(Format.class, Format.class, annotationsOf(0));
        HttpProblem problem = assertThrows(HttpProblem.class, () -> format.fromString("xml"));
        assertEquals(400, problem.getStatusCode());
        assertEquals(List.of(Map.of("field", "format", "in", "query", "message", "must be one of json, csv")),
                problem.getParameters().get("violations"));
    }

    @Test
    void aDateThatIsNoneIsA400NamingThePathParameter() throws Exception {
        ParamConverter<LocalDate> date = params.getConverter(LocalDate.class, LocalDate.class, annotationsOf(1));
        assertEquals(LocalDate.of(2025, 6, 30), date.fromString("2025-06-30"));
        HttpProblem problem = assertThrows(HttpProblem.class, () -> date.fromString("31.12.2025"));
        assertEquals(List.of(Map.of("field", "asOf", "in", "path", "message", "must be a date such as 2025-06-20")),
                problem.getParameters().get("violations"));
    }

    @Test
    void leavesOtherTypesToJaxRs() throws Exception {
        assertNull(params.getConverter(String.class, String.class, annotationsOf(0)));
    }
}
