package no.styringsdata.indicator.rest;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The indicator a path names, {@code /{id: \d+}}: a run of digits read as a long. */
public class IndicatorId {

    static final String MAX_ID = "9223372036854775807";

    @PathParam("id")
    @Parameter(description = "Indicator id", example = "3",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = MAX_ID))
    public long id;
}
