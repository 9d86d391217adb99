package no.styringsdata.budget.dto;

import no.styringsdata.budget.domain.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One amount of a post for a year and stage, with its provenance.")
public record AmountView(
        @Schema(example = "2026") int year,
        Stage stage,
        @Schema(description = "Null for the state budget; else the agency the figure is about", nullable = true) String agency,
        @Schema(description = "Whole kroner", example = "1556792000") long amountNok,
        Provenance source) {
}
