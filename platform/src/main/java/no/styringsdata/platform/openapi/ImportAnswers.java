package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import no.styringsdata.platform.importing.ImportLock;
import no.styringsdata.platform.importing.ImportReport;
import no.styringsdata.platform.problem.Problems;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares what every import says of the others, so that no service repeats it: an operation that answers an
 * {@link ImportReport} runs through {@link ImportLock} (one at a time, in no order that matters; its description
 * ends with that) and answers 503 when the imports before it take too long; and its 422 shows, besides the
 * service's own example of a text it cannot read, the two every import meets: {@code agency} contradicts the text,
 * and the text names no agency and {@code agency} is absent.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ImportAnswers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            if (!answersReport(operation)) {
                return;
            }
            String description = operation.getDescription() == null ? "" : operation.getDescription();
            if (!description.endsWith(ImportLock.OPENAPI_DESCRIPTION)) {
                operation.setDescription(description + ImportLock.OPENAPI_DESCRIPTION);
            }
            operation.getResponses().addAPIResponse("503", ProblemResponses.problem("503", ImportLock.OPENAPI_BUSY));
            APIResponse unreadable = operation.getResponses().getAPIResponse("422");
            MediaType problem = unreadable == null || unreadable.getContent() == null ? null
                    : unreadable.getContent().getMediaType(Problems.MEDIA_TYPE);
            if (problem != null) {
                String instance = ProblemExamples.instance(path, operation);
                addExample(problem, "agency contradicts the text", ProblemExamples.agencyContradicted(instance));
                addExample(problem, "no agency", ProblemExamples.agencyMissing(instance));
            }
        });
    }

    private static boolean answersReport(Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType("application/json");
        return json != null && json.getSchema() != null && json.getSchema().getRef() != null
                && json.getSchema().getRef().endsWith("/" + ImportReport.class.getSimpleName());
    }

    private static void addExample(MediaType content, String name, Map<String, Object> body) {
        if (content.getExamples() == null || !content.getExamples().containsKey(name)) {
            content.addExample(name, OASFactory.createExample().value(body));
        }
    }
}
