package no.styringsdata.budget.dto;

import java.util.List;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A row of an allocation letter (tildeling) as it stood on the requested date, with the events that made it.")
public record AllocationView(
        @Schema(example = "12", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long id,
        @Schema(example = "701", minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) int chapter,
        @Schema(example = "21", pattern = Bounds.POST, maxLength = Bounds.POST_LENGTH) String post,
        @Schema(example = "2025", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        @Schema(description = "Code of the ministry (departement) whose letter made the row", example = "HOD",
                required = true, pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = "Id of the agency (virksomhet) the row is allocated to", example = "helsedirektoratet",
                required = true, pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = "Name of that agency", example = "Helsedirektoratet", required = true) String agencyName,
        @Schema(example = "Alvorlig sykt barn") String purpose,
        @Schema(example = "6 mill. kroner til prosjektet «Enklere tilgang til informasjon».") String comment,
        @Schema(description = "Sum of the events up to the requested date, whole kroner", example = "3600000") long amountNok,
        List<AllocationEventView> events) {
}
