package no.styringsdata.platform.openapi;

import static no.styringsdata.platform.openapi.ProblemResponses.hasParameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import no.styringsdata.platform.rest.Format;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.wire.WireNamed;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares once what every operation that answers CSV as well as JSON says of it. Its 200 {@code @Content} names no
 * media type, so the document gives the operation's every {@code @Produces} type the JSON's schema and examples: the
 * text/csv one becomes a string, without them (an operation with a CSV example of its own declares its text/csv
 * content). And it takes {@code format} ({@link FormatQueryFilter}), unless it declares a {@code format} of its own,
 * and a paged one takes {@code whole} ({@link PageRequest#whole()}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CsvAnswers implements OASFilter {

    private static final String FORMAT = "format";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
            MediaType csv = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(FormatQueryFilter.TEXT_CSV);
            if (csv == null) {
                return;
            }
            if (csv.getSchema() == null || csv.getSchema().getType() == null
                    || !csv.getSchema().getType().contains(Schema.SchemaType.STRING)) {
                ok.getContent().addMediaType(FormatQueryFilter.TEXT_CSV, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
            }
            if (!hasParameter(operation, "query", FORMAT)) {
                addFormat(openAPI, operation);
            }
            if (hasParameter(operation, "query", "page") && !hasParameter(operation, "query", PageRequest.WHOLE)) {
                insert(operation, OASFactory.createParameter().name(PageRequest.WHOLE).in(Parameter.In.QUERY)
                        .description("`true`: the whole list, every row, in one CSV answer (with `format=csv` or "
                                + "`Accept: text/csv`; `page` and `size` are then ignored), streamed, with the same "
                                + "header row and columns as a page. JSON is answered in pages only.")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))
                                .defaultValue(Boolean.FALSE)));
            }
        });
    }

    /** The {@code format} parameter, and its schema once. */
    private static void addFormat(OpenAPI openAPI, Operation operation) {
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Format")) {
            openAPI.getComponents().addSchema("Format", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .enumeration(new ArrayList<>(WireNamed.wireNames(Format.class))));
        }
        insert(operation, OASFactory.createParameter().name(FORMAT).in(Parameter.In.QUERY)
                .description("`json` or `csv`, instead of an Accept header")
                .schema(OASFactory.createSchema().ref("Format")));
    }

    /** A parameter, among the others in their order (by name). */
    private static void insert(Operation operation, Parameter parameter) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        int at = 0;
        while (at < parameters.size() && parameters.get(at).getName() != null
                && parameters.get(at).getName().compareTo(parameter.getName()) < 0) {
            at++;
        }
        parameters.add(at, parameter);
        operation.setParameters(parameters);
    }
}
