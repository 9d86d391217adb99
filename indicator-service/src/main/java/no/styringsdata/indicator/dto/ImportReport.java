package no.styringsdata.indicator.dto;

import java.util.List;
import no.styringsdata.reader.text.ImportWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import read and changed. Importing the same document again changes nothing and says so (`changed: false`).")
public record ImportReport(
        @Schema(description = "tildelingsbrev or arsrapport", example = "tildelingsbrev") String document,
        @Schema(description = "The year the letter is for, or the year the report reports on", example = "2025") int year,
        @Schema(example = "Tildelingsbrev 2025 for Helsedirektoratet", nullable = true) String title,
        @Schema(description = "Whether anything was created or updated") boolean changed,
        ChangeCounts goals,
        ChangeCounts indicators,
        ChangeCounts values,
        @Schema(description = "Indicators of this document that share their series with an indicator of another "
                + "document (the same normalised text)", example = "28") int linkedToOtherDocuments,
        @Schema(description = "What could not be read, with line numbers") List<ImportWarning> warnings,
        @Schema(description = "Time spent parsing the text, milliseconds", example = "120") long parseMillis) {

    @Schema(description = "How many an import created, updated or left unchanged.")
    public record ChangeCounts(int created, int updated, int unchanged) {

        public boolean changed() {
            return created + updated > 0;
        }
    }
}
