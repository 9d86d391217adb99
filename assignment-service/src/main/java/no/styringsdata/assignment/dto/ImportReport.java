package no.styringsdata.assignment.dto;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.text.ImportWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import read and changed. Importing the same letter again changes nothing and says so (`changed: false`).")
public record ImportReport(
        @Schema(description = "tildelingsbrev or supplerende-tildelingsbrev", example = "tildelingsbrev") String letterKind,
        @Schema(example = "2025") int year,
        @Schema(example = "Tildelingsbrev 2025 - Helsedirektoratet", nullable = true) String title,
        @Schema(nullable = true) LocalDate letterDate,
        @Schema(description = "Whether any assignment was created or updated") boolean changed,
        ChangeCounts assignments,
        @Schema(description = "What could not be read, with line numbers") List<ImportWarning> warnings,
        @Schema(description = "Time spent parsing the text, milliseconds", example = "120") long parseMillis) {

    @Schema(description = "How many assignments an import created, updated or left unchanged.")
    public record ChangeCounts(int created, int updated, int unchanged) {

        public boolean changed() {
            return created + updated > 0;
        }
    }
}
