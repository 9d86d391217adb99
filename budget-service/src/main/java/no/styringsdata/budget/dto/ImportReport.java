package no.styringsdata.budget.dto;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.budget.importer.DocumentKind;
import no.styringsdata.budget.importer.SelfCheck;
import no.styringsdata.reader.text.ImportWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import read and changed. Importing the same document again changes nothing and says so (`changed: false`).")
public record ImportReport(
        DocumentKind documentKind,
        @Schema(example = "2026") int year,
        @Schema(example = "Prop. 1 S (2025–2026)") String title,
        @Schema(nullable = true) LocalDate documentDate,
        @Schema(description = "Whether anything was created, updated or removed") boolean changed,
        ChangeCounts chapters,
        ChangeCounts posts,
        ChangeCounts amounts,
        ChangeCounts allocations,
        @Schema(description = "Checks of what was read against the document's own totals (e.g. every `Sum kap.` line)") List<SelfCheck> checks,
        @Schema(example = "0") long failedChecks,
        @Schema(description = "What could not be read, with line numbers") List<ImportWarning> warnings,
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
