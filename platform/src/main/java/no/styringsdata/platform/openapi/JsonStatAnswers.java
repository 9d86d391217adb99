package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import no.styringsdata.platform.jsonstat.DatasetFormat;
import no.styringsdata.platform.jsonstat.JsonStat;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares once the JSON-stat alternative of every operation that answers one: an operation whose {@code format}
 * takes {@code jsonstat} ({@link DatasetFormat}) answers its 200 as {@value JsonStat#MEDIA_TYPE} too, a dataset of
 * the service's {@value #SCHEMA} schema (its META-INF/openapi.yaml writes it, with examples: the code builds the
 * dataset as a map).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JsonStatAnswers implements OASFilter {

    static final String SCHEMA = "JsonStatDataset";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
            if (ok == null || ok.getContent() == null || operation.getParameters() == null
                    || operation.getParameters().stream().noneMatch(p -> takesJsonStat(openAPI, p))) {
                return;
            }
            ok.getContent().addMediaType(JsonStat.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(SCHEMA)));
        });
    }

    private static boolean takesJsonStat(OpenAPI openAPI, Parameter parameter) {
        if (!"format".equals(parameter.getName()) || parameter.getIn() != Parameter.In.QUERY) {
            return false;
        }
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() != null) {
            Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
            schema = schemas == null ? null : schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        List<Object> values = schema == null ? null : schema.getEnumeration();
        return values != null && values.contains(DatasetFormat.JSONSTAT.wireName());
    }
}
