package no.styringsdata.budget.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dated change of an allocation: the letter's allocation, or money a supplementary letter adds (positive) or withdraws (negative).")
public record AllocationEventView(
        @Schema(example = "2025-01-08") LocalDate effectiveDate,
        @Schema(description = "Signed change in whole kroner", example = "-2400000") long amountNok,
        Provenance source) {
}
