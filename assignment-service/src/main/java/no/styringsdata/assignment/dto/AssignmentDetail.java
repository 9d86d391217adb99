package no.styringsdata.assignment.dto;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One assignment with its deadlines, references and status history.")
public record AssignmentDetail(
        @Schema(description = "The id the letter gives it; unique within one agency's letters", example = "TB2025-43",
                maxLength = Scoped.ID_LENGTH) String id,
        @Schema(description = Scoped.MINISTRY, example = "HOD", pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = Scoped.AGENCY, example = "helsedirektoratet", pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH)
        String agency,
        @Schema(description = Scoped.AGENCY_NAME, example = "Helsedirektoratet") String agencyName,
        @Schema(example = "2025", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        @Schema(example = "43", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number,
        Letter letter,
        @Schema(example = "[\"SHA\"]") List<String> departments,
        String title,
        @Schema(description = "The full text, wrapped lines joined and hyphenation repaired") String text,
        @Schema(nullable = true, description = "The hovedmål the assignment sits under") Goal goal,
        @Schema(description = "Carried over from an earlier year's letter") boolean continuedFromEarlierYear,
        List<DeadlineView> deadlines,
        References references,
        AssignmentStatus status,
        @Schema(description = "Every status it has had, oldest first") List<StatusChangeView> statusHistory,
        @Schema(description = "The letter line the assignment's id is on", example = "1933", minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX)
        int sourceLine) {

    @Schema(description = "The allocation letter the assignment was given in.")
    public record Letter(@Schema(example = "tildelingsbrev", enumeration = {"tildelingsbrev", "supplerende-tildelingsbrev"}) String kind,
                         @Schema(example = "2025", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
                         @Schema(nullable = true) String title, @Schema(nullable = true) LocalDate date) {
    }

    @Schema(description = "A hovedmål (main goal) of the letter.")
    public record Goal(@Schema(example = "6", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number, String title,
                       @Schema(description = Links.GOAL, format = "uri-reference", example = Links.GOAL_EXAMPLE)
                       String url) {
    }

    @Schema(description = "A deadline (frist).")
    public record DeadlineView(
            @Schema(nullable = true, description = "Null when the text gives no date") LocalDate date,
            @Schema(nullable = true, description = "Which part it is for, e.g. `del 1`") String label,
            @Schema(description = "The sentence as written") String text,
            @Schema(description = "The text gives no year; the letter's was taken") boolean yearInferred,
            @Schema(minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX) int line) {
    }

    @Schema(description = "What the text refers to.")
    public record References(
            @Schema(example = "[\"TTB2024-58\"]") List<@Size(max = Scoped.ID_LENGTH) String> assignments,
            List<PostRefView> posts) {
    }

    @Schema(description = "A budget chapter and post; `post` null for the whole chapter.")
    public record PostRefView(@Schema(example = "714", minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) int chapter,
                              @Schema(example = "21", nullable = true, minimum = "1", maximum = "99") Integer post,
                              @Schema(description = Links.BUDGET, format = "uri-reference",
                                      example = "/api/budget/chapters/714/posts/21") String url) {
    }

    @Schema(description = "One entry of the status history.")
    public record StatusChangeView(
            AssignmentStatus status,
            LocalDate date,
            @Schema(nullable = true) String note,
            @Schema(description = "The letter for the initial status, `api` for changes made here",
                    example = "Tildelingsbrev 2025, line 1933") String source,
            @Schema(example = "anonymous") String recordedBy,
            Instant recordedAt) {
    }
}
