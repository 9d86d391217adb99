package no.styringsdata.indicator.dto;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value to add to an indicator, or the corrected value.")
public record ValueInput(
        @Schema(required = true, description = "`2024`, `2024-T2` (tertial) or `2024-Q4` (quarter)", example = "2024")
        String period,
        @Schema(required = true, description = "The number; percent between 0 and 100", example = "84.5") BigDecimal value,
        @Schema(required = true, enumeration = {"percent", "count", "nok", "ratio", "years", "fte"}, example = "percent")
        String unit,
        @Schema(nullable = true, description = "What part the value is for; omit for the whole", example = "Helse Nord")
        String breakdown,
        @Schema(nullable = true, description = "Why, or where the figure comes from (at most 2000 characters)")
        String note) {
}
