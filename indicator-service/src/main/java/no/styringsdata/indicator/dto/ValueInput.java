package no.styringsdata.indicator.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import no.styringsdata.indicator.domain.ValueUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value to add to an indicator, or the corrected value.")
public record ValueInput(
        @NotNull
        @Pattern(regexp = PERIOD, message = "must be a year (2024), a tertial (2024-T2) or a quarter (2024-Q4) "
                + "between 1900 and 2200")
        @Schema(required = true, description = "`2024`, `2024-T2` (tertial) or `2024-Q4` (quarter)", example = "2024",
                maxLength = ValueRow.PERIOD_LENGTH)
        String period,
        @NotNull
        @DecimalMin(value = "-1e18", inclusive = false, message = "is too large")
        @DecimalMax(value = "1e18", inclusive = false, message = "is too large")
        @Schema(required = true, description = "The number; percent between 0 and 100", example = "84.5") BigDecimal value,
        @NotNull @Schema(required = true, example = "percent") ValueUnit unit,
        @Size(max = 300)
        @Schema(nullable = true, description = "What part the value is for; omit for the whole", example = "Helse Nord")
        String breakdown,
        @Size(max = 2000) @Schema(nullable = true, description = "Why, or where the figure comes from") String note) {

    /** A year 1900–2200, or a tertial (T1–T3) or quarter (Q1–Q4) of one. */
    public static final String PERIOD = "(19\\d\\d|2[01]\\d\\d|2200)(-([Tt][1-3]|[Qq][1-4]))?";
}
