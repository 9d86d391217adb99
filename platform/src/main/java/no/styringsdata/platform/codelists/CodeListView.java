package no.styringsdata.platform.codelists;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeList", description = "A code list with every code and its labels")
public record CodeListView(
        @Schema(description = "The list's id, as in its URL", example = "stages", required = true,
                pattern = ID_PATTERN, maxLength = 40) String id,
        @Schema(description = "Title in the language of the answer", example = "Budsjettstadier", required = true)
        String label,
        @Schema(description = "Norwegian (Bokmål) title", example = "Budsjettstadier", required = true) String nb,
        @Schema(description = "English title", example = "Budget stages", required = true) String en,
        @Schema(description = "What the codes are, in the language of the answer", required = true) String description,
        @Schema(required = true) EnglishLabels englishLabels,
        @Schema(required = true) List<CodeView> codes) {

    static final String ID_PATTERN = "^[a-z]+(-[a-z]+)*$";
}
