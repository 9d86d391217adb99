package no.styringsdata.platform.openapi;

import static no.styringsdata.platform.openapi.ProblemResponses.addUnlessDeclared;
import static no.styringsdata.platform.openapi.ProblemResponses.hasParameter;
import static no.styringsdata.platform.openapi.ProblemResponses.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares the problem answers that follow from an operation's shape, so that no resource repeats them: 400
 * everywhere (Bean Validation and the parameter checks where it takes parameters or a body; the
 * {@code rest/MalformedMediaTypes} and {@code rest/NoControlCharacters} checks of every request), 412 where it takes
 * {@code If-Match} or {@code If-None-Match}, 415 where it takes a body. An operation that declares one of
 * these statuses itself keeps its own (a resource annotates only where it says more than this).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CommonProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            String instance = ProblemExamples.instance(path, operation);
            boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
            boolean body = operation.getRequestBody() != null;
            String what = parameters && body ? "A parameter or the body is" : parameters ? "A parameter is"
                    : body ? "The body is" : "A header (`Accept` that is not a media type) or the query (a NUL character) is";
            addUnlessDeclared(operation, "400", problem("400", what + " invalid; `violations` names each field at fault",
                    invalid(operation, instance)));
            boolean ifMatch = hasParameter(operation, "header", "If-Match");
            boolean ifNoneMatch = hasParameter(operation, "header", "If-None-Match");
            if (ifMatch || ifNoneMatch) {
                Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
                if (ifMatch) {
                    examples.put("stale", ProblemExamples.stale(instance));
                }
                if (ifNoneMatch) {
                    examples.put("exists already", ProblemExamples.exists(instance));
                }
                String description = ifMatch && ifNoneMatch ? "If-Match names an older version, or If-None-Match: * and it "
                        + "exists (e.g. another writer created it first)"
                        : ifMatch ? "If-Match names an older version" : "If-None-Match: * and it exists";
                addUnlessDeclared(operation, "412", problem("412", description, examples));
            }
            if (body && operation.getRequestBody().getContent() != null) {
                String accepted = String.join(" or ", operation.getRequestBody().getContent().getMediaTypes().keySet());
                addUnlessDeclared(operation, "415", problem("415", "The body is not " + accepted,
                        Map.of("unsupported media type", ProblemExamples.unsupportedMediaType(instance))));
            }
        });
    }

    /** An example of a violation of the operation's first bounded parameter, in Bean Validation's words. */
    private static Map<String, Map<String, Object>> invalid(Operation operation, String instance) {
        if (operation.getParameters() == null) {
            return Map.of();
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null || parameter.getIn() == null) {
                continue;
            }
            String in = parameter.getIn().toString();
            if (schema.getMaximum() != null) {
                return Map.of("out of range", ProblemExamples.violation(parameter.getName(), in,
                        "must be less than or equal to " + schema.getMaximum().toPlainString(), instance));
            }
            if (schema.getMaxLength() != null) {
                int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
                return Map.of("too long", ProblemExamples.violation(parameter.getName(), in,
                        "size must be between " + min + " and " + schema.getMaxLength(), instance));
            }
        }
        return Map.of();
    }
}
