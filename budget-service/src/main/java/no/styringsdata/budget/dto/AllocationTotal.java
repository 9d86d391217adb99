package no.styringsdata.budget.dto;

import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The allocation of one kap./post summed over its rows.")
public record AllocationTotal(
        @Schema(example = "701", minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) int chapter,
        @Schema(example = "21", pattern = Bounds.POST, maxLength = Bounds.POST_LENGTH) String post,
        @Schema(description = "Whole kroner", example = "128500000") long amountNok) {
}
