package no.styringsdata.indicator.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A steering parameter or key figure under its goal.")
public record IndicatorSummary(
        @Schema(example = "12") long id,
        @Schema(description = "The series it belongs to across years", example = "12") long seriesId,
        @Schema(enumeration = {"steering_parameter", "key_figure"}, example = "key_figure") String kind,
        @Schema(description = "Its position under the goal", example = "1") int number,
        @Schema(example = "Andel kommuner som har ...") String text) {
}
