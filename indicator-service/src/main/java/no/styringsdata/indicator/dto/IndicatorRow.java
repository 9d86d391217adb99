package no.styringsdata.indicator.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator as a flat row (also the CSV columns).")
@JsonPropertyOrder({"id", "seriesId", "year", "document", "goal", "kind", "number", "text", "sourceLine", "ministry", "agency",
        "agencyName"})
public record IndicatorRow(
        @Schema(example = "12") long id,
        @Schema(example = "12") long seriesId,
        @Schema(example = "2025") int year,
        @Schema(example = "tildelingsbrev") String document,
        @Schema(description = "The goal's number; null for the agency's own key figures", example = "1", nullable = true)
        Integer goal,
        @Schema(description = KindDocs.KIND,
                enumeration = {KindDocs.STEERING_PARAMETER, KindDocs.KEY_FIGURE, KindDocs.RESULT_REQUIREMENT},
                example = "key_figure") String kind,
        @Schema(example = "1") int number,
        String text,
        @Schema(example = "160") int sourceLine,
        @Schema(description = ScopeDocs.MINISTRY, example = ScopeDocs.MINISTRY_EXAMPLE) String ministry,
        @Schema(description = ScopeDocs.AGENCY, example = ScopeDocs.AGENCY_EXAMPLE) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName) {
}
