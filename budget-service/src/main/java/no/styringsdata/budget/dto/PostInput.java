package no.styringsdata.budget.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A post to create or correct.")
public record PostInput(
        @NotBlank @Size(max = 300) @Schema(example = "Spesielle driftsutgifter") String name,
        @Schema(description = "«kan overføres»") boolean transferable,
        @Schema(description = "«overslagsbevilgning»") boolean estimateAppropriation,
        @Size(max = 99) @Schema(description = "«kan nyttes under post …»: post numbers 1–99", example = "[70]")
        List<@NotNull @Min(1) @Max(99) Integer> mayBeUsedUnderPosts) {
}
