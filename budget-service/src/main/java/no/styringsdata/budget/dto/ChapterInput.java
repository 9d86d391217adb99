package no.styringsdata.budget.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A chapter to create or correct.")
public record ChapterInput(
        @NotBlank @Size(max = 300) @Schema(example = "Helsedirektoratet") String name,
        @Size(max = 5) @Pattern(regexp = "\\d{2}\\.\\d{2}", message = "must be a programkategori code such as 10.40")
        @Schema(description = "Programkategori code; must exist", example = "10.40", nullable = true) String categoryCode) {
}
