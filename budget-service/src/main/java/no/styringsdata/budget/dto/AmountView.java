package no.styringsdata.budget.dto;

import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One amount of a post for a year and stage, with its provenance.")
public record AmountView(
        @Schema(example = "2026", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        Stage stage,
        @Schema(description = "Code of the ministry (departement) that owns the chapter", example = "HOD", nullable = true,
                pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = "Id of the agency (virksomhet) the figure is about; null for the state budget's own figure",
                example = "helsedirektoratet", nullable = true, pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = "Name of that agency", example = "Helsedirektoratet", nullable = true) String agencyName,
        @Schema(description = "Whole kroner", example = "1556792000") long amountNok,
        Provenance source) {
}
