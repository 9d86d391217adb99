package no.styringsdata.assignment.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An assignment as a flat row (also the CSV columns).")
@JsonPropertyOrder({"id", "ministry", "agency", "agencyName", "year", "number", "letterKind", "departments", "goalNumber",
        "title", "status", "firstDeadline", "lastDeadline",
        "goalUrl"})
public record AssignmentRow(
        @Schema(description = "The id the letter gives it; unique within one agency's letters", example = "TB2025-43",
                maxLength = Scoped.ID_LENGTH) String id,
        @Schema(description = Scoped.MINISTRY, example = "HOD", pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = Scoped.AGENCY, example = "helsedirektoratet", pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH)
        String agency,
        @Schema(description = Scoped.AGENCY_NAME, example = "Helsedirektoratet") String agencyName,
        @Schema(example = "2025", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        @Schema(example = "43", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number,
        @Schema(example = "tildelingsbrev", enumeration = {"tildelingsbrev", "supplerende-tildelingsbrev"}) String letterKind,
        @Schema(description = "Owning departments, separated by spaces", example = "SHA KTA") String departments,
        @Schema(example = "6", nullable = true, minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) Integer goalNumber,
        @Schema(example = "Reduserte ventetider i spesialisthelsetjenesten") String title,
        AssignmentStatus status,
        @Schema(description = "Earliest dated deadline", nullable = true) LocalDate firstDeadline,
        @Schema(description = "Latest dated deadline", nullable = true) LocalDate lastDeadline,
        @Schema(description = Links.GOAL + "; null without a goal", format = "uri-reference", nullable = true, example = Links.GOAL_EXAMPLE)
        String goalUrl) {
}
