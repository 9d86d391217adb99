package no.styringsdata.budget.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The allocation of one kap./post summed over its rows.")
public record AllocationTotal(
        @Schema(example = "701") int chapter,
        @Schema(example = "21") String post,
        @Schema(description = "Whole kroner", example = "128500000") long amountNok) {
}
