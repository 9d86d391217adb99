package no.styringsdata.indicator.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator as a flat row (also the CSV columns).")
@JsonPropertyOrder({"id", "seriesId", "year", "document", "goal", "kind", "number", "text", "sourceLine", "ministry", "agency",
        "agencyName"})
public record IndicatorRow(
        @Schema(example = "12", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long id,
        @Schema(example = "12", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long seriesId,
        @Schema(example = "2025", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        @Schema(example = "tildelingsbrev", enumeration = {"tildelingsbrev", "arsrapport"}) String document,
        @Schema(description = "The goal's number; null for the agency's own key figures", example = "1", nullable = true,
                minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) Integer goal,
        @Schema(description = KindDocs.KIND,
                enumeration = {KindDocs.STEERING_PARAMETER, KindDocs.KEY_FIGURE, KindDocs.RESULT_REQUIREMENT},
                example = "key_figure") String kind,
        @Schema(example = "1", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number,
        String text,
        @Schema(example = "160", minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX) int sourceLine,
        @Schema(description = ScopeDocs.MINISTRY, example = ScopeDocs.MINISTRY_EXAMPLE, pattern = Bounds.MINISTRY_CODE,
                maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = ScopeDocs.AGENCY, example = ScopeDocs.AGENCY_EXAMPLE, pattern = Bounds.AGENCY_ID,
                maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName) {
}
