package no.styringsdata.budget.dto;

import java.util.List;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A post of a chapter with its stikkord and amounts.")
public record PostView(
        @Schema(description = "Two-digit post number", example = "01", pattern = Bounds.POST, maxLength = Bounds.POST_LENGTH) String number,
        @Schema(example = "Driftsutgifter", nullable = true, description = "Null until a document that names the post is imported") String name,
        @Schema(description = "What the post number range says about the post") PostKind kind,
        StikkordView stikkord,
        List<AmountView> amounts) {
}
