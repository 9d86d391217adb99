package no.styringsdata.indicator.dto;

import java.util.List;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A steering parameter, key figure or result requirement under its goal.")
public record IndicatorSummary(
        @Schema(example = "12", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long id,
        @Schema(description = "The series it belongs to across years", example = "12", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX)
        long seriesId,
        @Schema(description = KindDocs.KIND,
                enumeration = {KindDocs.STEERING_PARAMETER, KindDocs.KEY_FIGURE, KindDocs.RESULT_REQUIREMENT},
                example = "key_figure") String kind,
        @Schema(description = "Its position under the goal", example = "1", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number,
        @Schema(example = "Andel kommuner som har ...") String text,
        @Schema(description = KindDocs.REQUIREMENTS, example = "[\"Helsedirektoratet rapporterer på a) i årsrapporten\"]")
        List<String> requirements) {
}
