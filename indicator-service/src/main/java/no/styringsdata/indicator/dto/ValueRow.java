package no.styringsdata.indicator.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One value of an indicator's series (also the CSV columns).")
@JsonPropertyOrder({"id", "indicatorId", "period", "value", "unit", "breakdown", "origin", "note", "source", "sourceLine",
        "version", "recordedBy", "recordedAt", "ministry", "agency", "agencyName"})
public record ValueRow(
        @Schema(example = "101") long id,
        @Schema(description = "The indicator (of the series) the value was given for", example = "140") long indicatorId,
        @Schema(description = "`2024`, `2024-T2` (tertial) or `2024-Q4` (quarter)", example = "2024") String period,
        @Schema(nullable = true, description = "Null when the report gives only prose (then in `note`)", example = "83")
        BigDecimal value,
        @Schema(nullable = true, enumeration = {"percent", "count", "nok", "ratio", "years", "fte"}, example = "percent")
        String unit,
        @Schema(nullable = true, description = "What part the value is for; null for the whole", example = "POBO")
        String breakdown,
        @Schema(enumeration = {"table", "labelled_line", "sentence", "prose_only", "api"}, example = "sentence")
        String origin,
        @Schema(nullable = true, description = "The sentence it was read from, or a comment") String note,
        @Schema(description = "The document it was read from, or `api`", example = "Årsrapport 2024") String source,
        @Schema(nullable = true, example = "1377") Integer sourceLine,
        @Schema(description = "Bumped by each correction; the ETag", example = "0") long version,
        @Schema(example = "import") String recordedBy,
        Instant recordedAt,
        @Schema(description = ScopeDocs.MINISTRY, example = ScopeDocs.MINISTRY_EXAMPLE) String ministry,
        @Schema(description = ScopeDocs.AGENCY, example = ScopeDocs.AGENCY_EXAMPLE) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName) {
}
