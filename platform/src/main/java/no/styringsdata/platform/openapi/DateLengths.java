package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Bounds the length of every date and date-time string, in bodies and parameters alike: Jackson writes a
 * {@code LocalDate} and an {@code Instant} in ISO 8601, and no value of either type is longer than its largest
 * ({@code +999999999-12-31}, {@code +1000000000-12-31T23:59:59.999999999Z}). A nullable one, which SmallRye
 * writes as a string or null that is any of a reference to the type and null, gets the type's format too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DateLengths implements OASFilter {

    private static final Map<String, Integer> LENGTHS = Map.of(
            "date", LocalDate.MAX.toString().length(),
            "date-time", Instant.MAX.toString().length());
    private static final Map<String, String> FORMATS = Map.of(
            "#/components/schemas/LocalDate", "date",
            "#/components/schemas/Instant", "date-time");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.STRING)) {
            return schema;
        }
        if (schema.getFormat() == null && schema.getAnyOf() != null) {
            schema.getAnyOf().stream().map(Schema::getRef).filter(ref -> ref != null && FORMATS.containsKey(ref)).findFirst()
                    .ifPresent(ref -> schema.setFormat(FORMATS.get(ref)));
        }
        if (schema.getMaxLength() == null && schema.getFormat() != null && LENGTHS.containsKey(schema.getFormat())) {
            schema.setMaxLength(LENGTHS.get(schema.getFormat()));
        }
        return schema;
    }
}
