package no.styringsdata.budget.dto;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One group compared between two (year, stage) pairs.")
public record GroupComparison(
        @Schema(example = "10.40") String key,
        @Schema(example = "Sentral helseforvaltning", nullable = true) String name,
        @Schema(description = "Whole kroner in the first (base) pair", example = "5050189000") long fromNok,
        @Schema(description = "Whole kroner in the second pair", example = "5063050000") long toNok,
        @Schema(description = "toNok − fromNok", example = "12861000") long differenceNok,
        @Schema(description = "Change in percent of fromNok, one decimal; null when fromNok is 0",
                example = "0.3", nullable = true) BigDecimal percent) {
}
