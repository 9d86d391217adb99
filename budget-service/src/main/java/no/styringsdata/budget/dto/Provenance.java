package no.styringsdata.budget.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a figure was read: the document, the line in it, and the text as written. Null document for figures entered through the API.")
public record Provenance(
        @Schema(example = "prop1s", nullable = true) String documentKind,
        @Schema(example = "Prop. 1 S (2025–2026)", nullable = true) String document,
        @Schema(example = "15040", nullable = true) Integer line,
        @Schema(example = "01 Driftsutgifter 1 523 373 1 591 294 1 556 792", nullable = true) String text) {
}
