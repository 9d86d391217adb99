package no.styringsdata.assignment.dto;

import java.util.List;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a 409 for an id that several agencies' assignments have; documents the problem's shape. */
@Schema(description = "RFC 9457 problem: the id names assignments of several agencies; choose one by its `url`")
public record AmbiguousIdProblem(
        @Schema(format = "uri", example = "https://styringsdata.no/problems/ambiguous-id", required = true) String type,
        @Schema(enumeration = "Conflict", required = true) String title,
        @Schema(example = "409", required = true, minimum = "409", maximum = "409") int status,
        @Schema(example = "TB2025-43 is the id of assignments of 2 agencies: give `agency`", required = true)
        String detail,
        @Schema(format = "uri-reference", example = "/api/assignments/TB2025-43") String instance,
        @Schema(description = "Each agency's assignment of that id", required = true) List<Candidate> candidates) {

    @Schema(name = "AssignmentCandidate", description = "One agency's assignment of an ambiguous id")
    public record Candidate(
            @Schema(description = "Id of the agency", example = "helsedirektoratet", required = true, pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH)
            String agency,
            @Schema(description = "Name of the agency", example = "Helsedirektoratet", required = true) String agencyName,
            @Schema(description = "Code of the ministry", example = "HOD", required = true, pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH)
            String ministry,
            @Schema(description = "The assignment's own URL", format = "uri-reference",
                    example = "/api/assignments/TB2025-43?agency=helsedirektoratet", required = true) String url) {
    }
}
