package no.styringsdata.indicator.dto;

import java.util.List;
import no.styringsdata.platform.importing.SectionFinding;
import no.styringsdata.reader.text.ImportWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import read and changed. Importing the same document again changes nothing and says so (`changed: false`).")
public record ImportReport(
        @Schema(description = "The kind of document, as the text says or `kind` gave it",
                enumeration = {"tildelingsbrev", "arsrapport"}, example = "tildelingsbrev") String kind,
        @Schema(description = "Code of the issuing ministry (for a report: the ministry the agency reports to)",
                example = ScopeDocs.MINISTRY_EXAMPLE) String ministry,
        @Schema(description = "Id of the agency the letter is addressed to or the report is written by",
                example = ScopeDocs.AGENCY_EXAMPLE) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName,
        @Schema(description = "The year the letter is for, or the year the report reports on", example = "2025") int year,
        @Schema(description = "The document's title line, or one made from kind, year and agency when it has none",
                example = "Tildelingsbrev 2025 til Helsedirektoratet") String title,
        @Schema(description = "Whether anything was created or updated") boolean changed,
        ChangeCounts goals,
        ChangeCounts indicators,
        ChangeCounts values,
        @Schema(description = "Indicators of this document that share their series with an indicator of another "
                + "document of the same agency (the same normalised text)", example = "28") int linkedToOtherDocuments,
        @Schema(description = "What was read under each heading of the document: goals, steeringParameters, "
                + "keyFigures, resultRequirements and values, in document order") List<SectionFinding> sections,
        @Schema(description = "What could not be read, with line numbers") List<ImportWarning> warnings,
        @Schema(description = "Time spent reading the text, milliseconds", example = "120") long parseMillis) {

    @Schema(description = "How many an import created, updated or left unchanged.")
    public record ChangeCounts(int created, int updated, int unchanged) {

        public boolean changed() {
            return created + updated > 0;
        }
    }
}
