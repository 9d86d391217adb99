package no.styringsdata.indicator.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A hovedmål of one agency with its steering parameters and key figures.")
public record GoalView(
        @Schema(example = "3") long id,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int number,
        @Schema(example = "Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt") String title,
        @Schema(description = "tildelingsbrev or arsrapport", example = "tildelingsbrev") String document,
        @Schema(description = "The line the goal's heading is on", example = "120") int sourceLine,
        @Schema(description = ScopeDocs.MINISTRY, example = ScopeDocs.MINISTRY_EXAMPLE) String ministry,
        @Schema(description = ScopeDocs.AGENCY, example = ScopeDocs.AGENCY_EXAMPLE) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName,
        List<IndicatorSummary> steeringParameters,
        List<IndicatorSummary> keyFigures) {
}
