package no.styringsdata.platform.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.wire.WireNamed;

/**
 * Converts query, path and header parameters typed as a {@link WireNamed} enum or a {@link LocalDate}, so
 * that resources declare {@code @QueryParam("stage") Stage stage} and never parse. A value that is none of
 * the type's (a blank one too) is a 400 naming the parameter and what it must be.
 */
@Provider
public class TypedParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum() && WireNamed.class.isAssignableFrom(rawType)) {
            Class<? extends WireNamed> type = rawType.asSubclass(WireNamed.class);
            return (ParamConverter<T>) new Converter<>(annotations, "must be " + WireNamed.oneOf(type),
                    value -> WireNamed.lookup(type, value).orElse(null), WireNamed::wireName);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(annotations, "must be a date such as 2025-06-20",
                    TypedParams::date, LocalDate::toString);
        }
        return null;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Reads with {@code read}, whose null means "not a value of the type". */
    private record Converter<T>(String in, String name, String mustBe, Function<String, T> read,
                                Function<T, String> write) implements ParamConverter<T> {

        Converter(Annotation[] annotations, String mustBe, Function<String, T> read, Function<T, String> write) {
            this(in(annotations), name(annotations), mustBe, read, write);
        }

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            T converted = read.apply(value);
            if (converted == null) {
                throw Problems.invalidField(in, name, mustBe);
            }
            return converted;
        }

        @Override
        public String toString(T value) {
            return value == null ? null : write.apply(value);
        }

        private static String in(Annotation[] annotations) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam) {
                    return "path";
                }
                if (annotation instanceof HeaderParam) {
                    return "header";
                }
            }
            return "query";
        }

        private static String name(Annotation[] annotations) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
                if (annotation instanceof HeaderParam header) {
                    return header.value();
                }
            }
            return "parameter";
        }
    }
}
