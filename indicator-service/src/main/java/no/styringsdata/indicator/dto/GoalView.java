package no.styringsdata.indicator.dto;

import java.util.List;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A hovedmål (or an area's goal) of one agency with its long-term goals, steering parameters, key "
        + "figures and result requirements.")
public record GoalView(
        @Schema(example = "3", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long id,
        @Schema(example = "2025", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        @Schema(example = "1", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number,
        @Schema(example = "Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt") String title,
        @Schema(description = AREA, example = "Hovedområde 1", nullable = true) String area,
        @Schema(description = "The area's long-term goals (langsiktige mål), as written, in order; empty when the letter "
                + "gives none", example = "[\"Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt\"]")
        List<String> longTermGoals,
        @Schema(description = "tildelingsbrev or arsrapport", example = "tildelingsbrev", enumeration = {"tildelingsbrev", "arsrapport"})
        String document,
        @Schema(description = "The line the goal's heading is on", example = "120", minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX)
        int sourceLine,
        @Schema(description = ScopeDocs.MINISTRY, example = ScopeDocs.MINISTRY_EXAMPLE, pattern = Bounds.MINISTRY_CODE,
                maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = ScopeDocs.AGENCY, example = ScopeDocs.AGENCY_EXAMPLE, pattern = Bounds.AGENCY_ID,
                maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName,
        @Schema(description = "Its steering parameters (styringsparametere), each with its prestasjonskrav")
        List<IndicatorSummary> steeringParameters,
        @Schema(description = "Its key figures (nøkkeltall)") List<IndicatorSummary> keyFigures,
        @Schema(description = "Its result requirements (resultatkrav)") List<IndicatorSummary> resultRequirements) {

    static final String AREA = "The area heading the goal stands under in a letter organised by area (hovedområde, "
            + "innsatsområde), as written; null for a numbered hovedmål and for an annual report's goals";
}
