package no.styringsdata.platform.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.wire.WireNamed;

/**
 * The {@code format} of the operations that answer CSV and do not declare a {@code format} of their own: one that is
 * not a {@link Format} is a 400 naming it, as a typed parameter's would be ({@link TypedParams}). A known one is the
 * Accept header already ({@link FormatQueryFilter}); the OpenAPI documents declare the parameter (openapi.CsvAnswers).
 */
@Provider
public class FormatCheck implements DynamicFeature {

    private static final String FORMAT = "format";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        boolean csv = producesCsv(method.isAnnotationPresent(Produces.class) ? method : resource.getResourceClass());
        if (csv && !takesFormat(method)) {
            context.register(new KnownFormat());
        }
    }

    private static boolean producesCsv(AnnotatedElement element) {
        Produces produces = element.getAnnotation(Produces.class);
        return produces != null && Arrays.asList(produces.value()).contains(FormatQueryFilter.TEXT_CSV);
    }

    private static boolean takesFormat(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(annotation -> annotation instanceof QueryParam query && FORMAT.equals(query.value()));
    }

    /** Refuses a {@code format} that is none of {@link Format}'s. */
    static class KnownFormat implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            String format = request.getUriInfo().getQueryParameters().getFirst(FORMAT);
            if (format != null && WireNamed.lookup(Format.class, format).isEmpty()) {
                throw Problems.invalidField("query", FORMAT, "must be " + WireNamed.oneOf(Format.class));
            }
        }
    }
}
