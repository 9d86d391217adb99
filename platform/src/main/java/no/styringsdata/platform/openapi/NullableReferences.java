package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Lets a nullable reference be null. For {@code @Schema(nullable = true, description = ...)} on a
 * field of a record type SmallRye writes {@code type: object} beside {@code anyOf: [$ref, {type: null}]},
 * and {@code type: object} alone forbids the null that the {@code anyOf} allows; this adds
 * {@code null} to the type, as SmallRye does for nullable strings and numbers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<SchemaType> type = schema.getType();
        if (type != null && !type.contains(SchemaType.NULL) && schema.getAnyOf() != null
                && schema.getAnyOf().stream().anyMatch(NullableReferences::isNull)) {
            schema.addType(SchemaType.NULL);
        }
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return List.of(SchemaType.NULL).equals(schema.getType());
    }
}
