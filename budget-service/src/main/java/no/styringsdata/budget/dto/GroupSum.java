package no.styringsdata.budget.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The sum of one group (a programkategori, a chapter or a post kind) for a year and stage.")
public record GroupSum(
        @Schema(example = "10.40") String key,
        @Schema(example = "Sentral helseforvaltning", nullable = true) String name,
        @Schema(description = "Whole kroner", example = "5063050000") long amountNok) {
}
