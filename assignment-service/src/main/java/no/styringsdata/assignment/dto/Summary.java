package no.styringsdata.assignment.dto;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A year's assignments counted per ministry, agency, department, goal and status, and those whose "
        + "deadline is near or past.")
public record Summary(
        @Schema(example = "2025") int year,
        @Schema(description = "The date `due` is counted from") LocalDate asOf,
        @Schema(example = "30") int withinDays,
        @Schema(example = "83", minimum = Bounds.ZERO, maximum = Bounds.LONG_MAX) long total,
        @Schema(description = "Per ministry: its code and name") List<Count> byMinistry,
        @Schema(description = "Per agency: its id and name") List<Count> byAgency,
        List<Count> byDepartment,
        List<Count> byGoal,
        List<Count> byStatus,
        @Schema(description = "Open assignments (not delivered or cancelled) with a deadline in the next `withinDays` days or past, earliest first")
        List<Due> due) {

    @Schema(description = "How many assignments have this key; a goal's key is its number, `none` for none.")
    public record Count(@Schema(example = "SHA") String key, @Schema(nullable = true) String name,
                        @Schema(example = "40", minimum = Bounds.ZERO, maximum = Bounds.LONG_MAX) long count) {
    }

    @Schema(description = "An open assignment's deadline that is near or past.")
    public record Due(@Schema(example = "TB2025-43", maxLength = Scoped.ID_LENGTH) String id,
                      @Schema(description = Scoped.MINISTRY, example = "HOD", pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH)
                      String ministry,
                      @Schema(description = Scoped.AGENCY, example = "helsedirektoratet", pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH)
                      String agency,
                      @Schema(description = Scoped.AGENCY_NAME, example = "Helsedirektoratet") String agencyName,
                      String title, AssignmentStatus status,
                      LocalDate deadline, @Schema(description = "The deadline sentence") String deadlineText,
                      @Schema(description = "The deadline is before `asOf`") boolean overdue) {
    }
}
