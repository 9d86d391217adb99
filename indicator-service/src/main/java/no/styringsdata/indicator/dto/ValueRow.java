package no.styringsdata.indicator.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One value of an indicator's series (also the CSV columns).")
@JsonPropertyOrder({"id", "indicatorId", "period", "value", "unit", "breakdown", "origin", "note", "source", "sourceLine",
        "version", "recordedBy", "recordedAt", "ministry", "agency", "agencyName"})
public record ValueRow(
        @Schema(example = "101", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long id,
        @Schema(description = "The indicator (of the series) the value was given for", example = "140",
                minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long indicatorId,
        @Schema(description = "`2024`, `2024-T2` (tertial) or `2024-Q4` (quarter)", example = "2024", pattern = PERIOD,
                maxLength = PERIOD_LENGTH) String period,
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
        @Schema(nullable = true, example = "1377", minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX) Integer sourceLine,
        @Schema(description = "Bumped by each correction; the ETag", example = "0", minimum = Bounds.ZERO,
                maximum = Bounds.LONG_MAX) long version,
        @Schema(example = "import") String recordedBy,
        Instant recordedAt,
        @Schema(description = ScopeDocs.MINISTRY, example = ScopeDocs.MINISTRY_EXAMPLE, pattern = Bounds.MINISTRY_CODE,
                maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = ScopeDocs.AGENCY, example = ScopeDocs.AGENCY_EXAMPLE, pattern = Bounds.AGENCY_ID,
                maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName) {

    /** A period as {@code Period.label()} writes it: a year 1900–2200, or a tertial or quarter of one. */
    static final String PERIOD = "^(19\\d\\d|2[01]\\d\\d|2200)(-(T[1-3]|Q[1-4]))?$";
    static final int PERIOD_LENGTH = 7;
}
