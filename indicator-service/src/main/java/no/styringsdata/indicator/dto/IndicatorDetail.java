package no.styringsdata.indicator.dto;

import java.util.List;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One indicator with its goal, sub-items, source and the same indicator in other documents.")
public record IndicatorDetail(
        @Schema(example = "12", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long id,
        @Schema(example = "12", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long seriesId,
        @Schema(example = "2025", minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        @Schema(example = "tildelingsbrev", enumeration = {"tildelingsbrev", "arsrapport"}) String document,
        @Schema(description = ScopeDocs.MINISTRY, example = ScopeDocs.MINISTRY_EXAMPLE, pattern = Bounds.MINISTRY_CODE,
                maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = ScopeDocs.AGENCY, example = ScopeDocs.AGENCY_EXAMPLE, pattern = Bounds.AGENCY_ID,
                maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = ScopeDocs.AGENCY_NAME, example = ScopeDocs.AGENCY_NAME_EXAMPLE) String agencyName,
        @Schema(nullable = true, description = "Null for the agency's own key figures (Tabell 2-4)") GoalRef goal,
        @Schema(description = KindDocs.KIND,
                enumeration = {KindDocs.STEERING_PARAMETER, KindDocs.KEY_FIGURE, KindDocs.RESULT_REQUIREMENT},
                example = "steering_parameter") String kind,
        @Schema(example = "1", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number,
        @Schema(description = "As written, wrapped lines joined and hyphenation repaired") String text,
        @Schema(description = "The bullets under it, in order") List<String> subItems,
        @Schema(description = KindDocs.REQUIREMENTS, example = "[\"Helsedirektoratet rapporterer på a) i årsrapporten\"]")
        List<String> requirements,
        @Schema(description = "The normalised text that ties it to its series", example = "andel kommuner som har") String textKey,
        @Schema(example = "Tildelingsbrev 2025 for Helsedirektoratet", nullable = true) String sourceTitle,
        @Schema(example = "160", minimum = Bounds.LINE_MIN, maximum = Bounds.INT_MAX) int sourceLine,
        @Schema(description = "Other indicators of the same series (other years or documents of the same agency)") List<IndicatorRow> sameSeries) {

    @Schema(description = "The goal an indicator sits under.")
    public record GoalRef(@Schema(example = "1", minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int number, String title,
                          @Schema(description = GoalView.AREA, example = "Hovedområde 1", nullable = true) String area) {
    }
}
