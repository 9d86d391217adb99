package no.styringsdata.budget.dto;

import no.styringsdata.budget.domain.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One amount of a post for a year and stage, with its provenance.")
public record AmountView(
        @Schema(example = "2026") int year,
        Stage stage,
        @Schema(description = "Code of the ministry (departement) that owns the chapter", example = "HOD", nullable = true) String ministry,
        @Schema(description = "Id of the agency (virksomhet) the figure is about; null for the state budget's own figure",
                example = "helsedirektoratet", nullable = true) String agency,
        @Schema(description = "Name of that agency", example = "Helsedirektoratet", nullable = true) String agencyName,
        @Schema(description = "Whole kroner", example = "1556792000") long amountNok,
        Provenance source) {
}
