package no.styringsdata.budget.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An amount as a flat row (also the CSV columns).")
@JsonPropertyOrder({"chapter", "post", "year", "stage", "ministry", "agency", "agencyName", "amountNok", "sourceDocument",
        "sourceLine", "sourceText"})
public record AmountRow(
        @Schema(example = "740", minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) int chapter,
        @Schema(description = "Two-digit post number", example = "01", pattern = Bounds.POST, maxLength = Bounds.POST_LENGTH) String post,
        @Schema(example = "2026", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        Stage stage,
        @Schema(description = "Code of the ministry (departement) that owns the chapter", example = "HOD", nullable = true,
                pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = "Id of the agency (virksomhet) the figure is about; null for the state budget's own figure",
                example = "helsedirektoratet", nullable = true, pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = "Name of that agency", example = "Helsedirektoratet", nullable = true) String agencyName,
        @Schema(description = "Whole kroner", example = "1556792000") long amountNok,
        @Schema(example = "Prop. 1 S (2025–2026)", nullable = true) String sourceDocument,
        @Schema(example = "15040", nullable = true, minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX) Integer sourceLine,
        @Schema(example = "01 Driftsutgifter 1 523 373 1 591 294 1 556 792", nullable = true) String sourceText) {
}
