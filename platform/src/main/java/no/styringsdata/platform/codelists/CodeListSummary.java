package no.styringsdata.platform.codelists;

import java.net.URI;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeListSummary", description = "A code list of this service, without its codes")
public record CodeListSummary(
        @Schema(description = "The list's id, as in its URL", example = "stages", required = true,
                pattern = CodeListView.ID_PATTERN, maxLength = 40) String id,
        @Schema(description = "Title in the language of the answer", example = "Budsjettstadier", required = true)
        String label,
        @Schema(description = "Norwegian (Bokmål) title", example = "Budsjettstadier", required = true) String nb,
        @Schema(description = "English title", example = "Budget stages", required = true) String en,
        @Schema(description = "What the codes are, in the language of the answer", required = true) String description,
        @Schema(description = "Where the list and its codes are", example = "https://styringsdata.no/api/budget/codelists/stages",
                required = true) URI url,
        @Schema(description = "How many codes it has", example = "5", required = true, minimum = Bounds.ZERO,
                maximum = Bounds.INT_MAX) int count,
        @Schema(required = true) EnglishLabels englishLabels) {
}
