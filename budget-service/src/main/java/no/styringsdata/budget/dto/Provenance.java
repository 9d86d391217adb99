package no.styringsdata.budget.dto;

import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a figure was read: the document, the line in it, and the text as written. Null document for figures entered through the API.")
public record Provenance(
        @Schema(example = "prop1s", nullable = true,
                enumeration = {"prop1s", "tildelingsbrev", "supplerende-tildelingsbrev", "arsrapport"}) String documentKind,
        @Schema(example = "Prop. 1 S (2025–2026)", nullable = true) String document,
        @Schema(example = "15040", nullable = true, minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX) Integer line,
        @Schema(example = "01 Driftsutgifter 1 523 373 1 591 294 1 556 792", nullable = true) String text,
        @Schema(description = "The part of the document the figure stands in, as the document names it: an annual "
                + "report's appropriation statement has `Utgiftskapittel`, `Inntektskapitler` and `Oppgjørsvirksomhet` "
                + "(settlement rows, kap. 740 posts 60–73). Null where the document has no such parts.",
                example = "Oppgjørsvirksomhet", nullable = true) String section) {
}
