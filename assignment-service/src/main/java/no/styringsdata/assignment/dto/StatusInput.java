package no.styringsdata.assignment.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.styringsdata.assignment.domain.AssignmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new status for an assignment.")
public record StatusInput(
        @NotNull @Schema(required = true, example = "in_progress") AssignmentStatus status,
        @Schema(description = "When it took effect; today when omitted", nullable = true) LocalDate date,
        @Size(max = 2000) @Schema(description = "Why, in a sentence or two", nullable = true,
                example = "Arbeidet er startet.") String note) {
}
