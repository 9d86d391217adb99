package no.styringsdata.budget.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The stikkord (keywords) of a post's name, which change the rules of its appropriation.")
public record StikkordView(
        @Schema(description = "«kan overføres»: unspent money may be carried to next year") boolean transferable,
        @Schema(description = "«overslagsbevilgning»: an estimate that may be exceeded") boolean estimateAppropriation,
        @Schema(description = "«kan nyttes under post 70»: other posts of the chapter the money may be spent on",
                example = "[\"70\"]", maxItems = 99)
        List<@Pattern(regexp = Bounds.POST) @Size(max = Bounds.POST_LENGTH) String> mayBeUsedUnderPosts) {
}
