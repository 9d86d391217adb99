package no.styringsdata.indicator.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A hovedmål with its steering parameters and key figures.")
public record GoalView(
        @Schema(example = "3") long id,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int number,
        @Schema(example = "Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt") String title,
        @Schema(description = "tildelingsbrev or arsrapport", example = "tildelingsbrev") String document,
        @Schema(description = "The line the goal's heading is on", example = "120") int sourceLine,
        List<IndicatorSummary> steeringParameters,
        List<IndicatorSummary> keyFigures) {
}
