package no.styringsdata.budget.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An amount to set, in whole kroner.")
public record AmountInput(
        @NotNull @Schema(description = "Whole kroner (may be negative, e.g. a settlement)", example = "1556792000") Long amountNok,
        @Size(max = 500) @Schema(description = "Why the figure was set or corrected", example = "Rettet etter Innst. 11 S", nullable = true) String note) {
}
