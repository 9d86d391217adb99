package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Lets a nullable enumeration be null. For {@code @Schema(nullable = true, enumeration = {...})} SmallRye
 * writes {@code type: [string, "null"]} beside an {@code enum} without {@code null}, and in JSON Schema the
 * {@code enum} alone forbids the null that the type allows; this adds {@code null} to the {@code enum}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableEnums implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<SchemaType> type = schema.getType();
        List<Object> values = schema.getEnumeration();
        if (type != null && type.contains(SchemaType.NULL) && values != null && !values.contains(null)) {
            List<Object> withNull = new ArrayList<>(values);
            withNull.add(null);
            schema.setEnumeration(withNull);
        }
        return schema;
    }
}
