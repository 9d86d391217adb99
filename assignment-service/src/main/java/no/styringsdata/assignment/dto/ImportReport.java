package no.styringsdata.assignment.dto;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.platform.importing.SectionFinding;
import no.styringsdata.reader.text.ImportWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import read and changed, and whose letter it was. Importing the same letter again "
        + "changes nothing and says so (`changed: false`).")
public record ImportReport(
        @Schema(description = "The kind of letter", enumeration = {"tildelingsbrev", "supplerende-tildelingsbrev"},
                example = "tildelingsbrev") String kind,
        @Schema(description = "Code of the ministry (departement) that wrote the letter", example = "HOD")
        String ministry,
        @Schema(description = "Id of the agency (virksomhet) the letter is addressed to", example = "helsedirektoratet")
        String agency,
        @Schema(description = "Name of that agency", example = "Helsedirektoratet") String agencyName,
        @Schema(description = "The budget year the letter is about", example = "2025") int year,
        @Schema(description = "The letter's title line, or one made from kind, year and agency when it has none",
                example = "Tildelingsbrev 2025 til Helsedirektoratet") String title,
        @Schema(description = "The letter's date where its text gives one", nullable = true) LocalDate date,
        @Schema(description = "Whether any assignment was created or updated") boolean changed,
        ChangeCounts assignments,
        @Schema(description = "How many assignments were read under each heading of the letter, in document order "
                + "(`found.assignments`)") List<SectionFinding> sections,
        @Schema(description = "What could not be read, with line numbers") List<ImportWarning> warnings,
        @Schema(description = "Time spent reading the text, milliseconds", example = "120") long parseMillis) {

    @Schema(description = "How many assignments an import created, updated or left unchanged.")
    public record ChangeCounts(int created, int updated, int unchanged) {

        public boolean changed() {
            return created + updated > 0;
        }
    }
}
