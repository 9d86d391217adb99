package no.styringsdata.assignment.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import no.styringsdata.assignment.domain.AssignmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An assignment as a flat row (also the CSV columns).")
@JsonPropertyOrder({"id", "ministry", "agency", "agencyName", "year", "number", "letterKind", "departments", "goalNumber",
        "title", "status", "firstDeadline", "lastDeadline"})
public record AssignmentRow(
        @Schema(description = "The id the letter gives it; unique within one agency's letters", example = "TB2025-43")
        String id,
        @Schema(description = Scoped.MINISTRY, example = "HOD") String ministry,
        @Schema(description = Scoped.AGENCY, example = "helsedirektoratet") String agency,
        @Schema(description = Scoped.AGENCY_NAME, example = "Helsedirektoratet") String agencyName,
        @Schema(example = "2025") int year,
        @Schema(example = "43") int number,
        @Schema(example = "tildelingsbrev") String letterKind,
        @Schema(description = "Owning departments, separated by spaces", example = "SHA KTA") String departments,
        @Schema(example = "6", nullable = true) Integer goalNumber,
        @Schema(example = "Reduserte ventetider i spesialisthelsetjenesten") String title,
        AssignmentStatus status,
        @Schema(description = "Earliest dated deadline", nullable = true) LocalDate firstDeadline,
        @Schema(description = "Latest dated deadline", nullable = true) LocalDate lastDeadline) {
}
