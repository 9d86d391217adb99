package no.styringsdata.platform.codelists;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Code", description = "One code of a code list, with its label in the language asked for and in both")
public record CodeView(
        @Schema(description = "The code as the API writes it in answers and takes in filters", example = "saldert",
                required = true, maxLength = 255) String code,
        @Schema(description = "The label in the language of the answer (`Content-Language`)",
                example = "Saldert budsjett", required = true) String label,
        @Schema(description = "Norwegian (Bokmål) label", example = "Saldert budsjett", required = true) String nb,
        @Schema(description = "English label; see the list's `englishLabels` for where it comes from",
                example = "Adopted budget", required = true) String en,
        @Schema(description = "The code of its parent in the list's natural hierarchy: a programme category's area, "
                + "an agency's or a department's ministry, a post kind's chapter kind", example = "10", nullable = true,
                maxLength = 255) String parent) {

    static CodeView of(Code code, Language language) {
        return new CodeView(code.code(), code.label(language), code.nb(), code.en(), code.parent());
    }
}
