package no.styringsdata.budget.dto;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.budget.importer.SelfCheck;
import no.styringsdata.platform.importing.SectionFinding;
import no.styringsdata.reader.text.ImportWarning;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import read and changed, and whose document it was. Importing the same document again "
        + "changes nothing and says so (`changed: false`).")
public record ImportReport(
        @Schema(description = "The kind of document", type = SchemaType.STRING,
                enumeration = {"prop1s", "tildelingsbrev", "supplerende-tildelingsbrev", "arsrapport"},
                example = "tildelingsbrev", required = true) String kind,
        @Schema(description = "Code of the issuing ministry (departement)", example = "HOD", required = true)
        String ministry,
        @Schema(description = "Id of the agency (virksomhet) the letter is to or the report is of; null for Prop. 1 S",
                example = "helsedirektoratet", nullable = true) String agency,
        @Schema(description = "Name of that agency; null for Prop. 1 S", example = "Helsedirektoratet", nullable = true)
        String agencyName,
        @Schema(description = "The budget year the document is about", example = "2025") int year,
        @Schema(example = "Tildelingsbrev 2025 til Helsedirektoratet") String title,
        @Schema(description = "The document's own date where its text gives one", example = "2024-12-18", nullable = true)
        LocalDate documentDate,
        @Schema(description = "Whether anything was created, updated or removed") boolean changed,
        ChangeCounts chapters,
        ChangeCounts posts,
        ChangeCounts amounts,
        ChangeCounts allocations,
        @Schema(description = "What was read under each heading of the document: `tables` (allocation, chapter or "
                + "appropriation tables) and `rows` (the lines amounts and allocations were read from)")
        List<SectionFinding> sections,
        @Schema(description = "Checks of what was read against the document's own totals (e.g. every `Sum kap.` line)") List<SelfCheck> checks,
        @Schema(example = "0") long failedChecks,
        @Schema(description = "What could not be read, each with its line (0: the document as a whole)") List<ImportWarning> warnings,
        @Schema(description = "Time spent parsing the text, milliseconds", example = "180") long parseMillis) {

    @Schema(description = "How many records an import created, updated, left unchanged or removed.")
    public record ChangeCounts(int created, int updated, int unchanged, int removed) {

        public int total() {
            return created + updated + unchanged;
        }

        public boolean changed() {
            return created + updated + removed > 0;
        }
    }
}
