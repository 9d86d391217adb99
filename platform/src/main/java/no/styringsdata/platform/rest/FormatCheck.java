package no.styringsdata.platform.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
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
        if (csv) {
            context.register(new KnownFormat(!takesFormat(method)));
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

    /** Whether the request's first choice of media type is CSV (what the lists answer it with). */
    static boolean asksForCsv(List<MediaType> acceptable) {
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(MediaType.valueOf(FormatQueryFilter.TEXT_CSV));
    }

    /**
     * Refuses a {@code format} that is none of {@link Format}'s (where the operation declares none of its own), and
     * {@code whole} but with CSV.
     */
    static class KnownFormat implements ContainerRequestFilter {

        private final boolean checksFormat;

        KnownFormat(boolean checksFormat) {
            this.checksFormat = checksFormat;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String format = request.getUriInfo().getQueryParameters().getFirst(FORMAT);
            if (checksFormat && format != null && WireNamed.lookup(Format.class, format).isEmpty()) {
                throw Problems.invalidField("query", FORMAT, "must be " + WireNamed.oneOf(Format.class));
            }
            String whole = request.getUriInfo().getQueryParameters().getFirst(PageRequest.WHOLE);
            if (whole != null && !whole.equals("true") && !whole.equals("false")) {
                throw Problems.invalidField("query", PageRequest.WHOLE, "must be true or false");
            }
            if ("true".equals(whole) && !asksForCsv(request.getAcceptableMediaTypes())) {
                throw Problems.invalidField("query", PageRequest.WHOLE, "only with format=csv (Accept: text/csv): "
                        + "JSON is answered in pages");
            }
        }
    }
}
