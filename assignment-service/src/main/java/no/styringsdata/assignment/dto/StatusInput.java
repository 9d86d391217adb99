package no.styringsdata.assignment.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new status for an assignment.")
public record StatusInput(
        @Schema(required = true, enumeration = {"not_started", "in_progress", "delivered", "delayed", "cancelled"},
                example = "in_progress") String status,
        @Schema(description = "When it took effect; today when omitted", nullable = true) LocalDate date,
        @Schema(description = "Why, in a sentence or two (at most 2000 characters)", nullable = true,
                example = "Arbeidet er startet.") String note) {
}
