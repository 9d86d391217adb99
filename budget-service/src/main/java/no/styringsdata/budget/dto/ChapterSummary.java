package no.styringsdata.budget.dto;

import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A kapittel (chapter) in a list. `totalNok` is the chapter's sum for the requested year and stage.")
public record ChapterSummary(
        @Schema(example = "740", minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) int number,
        @Schema(example = "Helsedirektoratet", nullable = true) String name,
        @Schema(description = "utgift (expenditure, 1–2999) or inntekt (revenue, 3000–5999)") ChapterKind kind,
        @Schema(description = "Code of the ministry (departement) that owns the chapter", example = "HOD", nullable = true,
                pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = "The revenue chapter of an expenditure chapter (740 ↔ 3740) and the other way round",
                example = "3740", nullable = true, minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) Integer pairedChapter,
        @Schema(example = "10.40", nullable = true, pattern = Bounds.CATEGORY_CODE, maxLength = Bounds.CATEGORY_CODE_LENGTH)
        String categoryCode,
        @Schema(example = "Sentral helseforvaltning", nullable = true) String categoryName,
        @Schema(description = "Sum of the chapter's posts in whole kroner for the requested year and stage; null when no year and stage were given",
                example = "1556792000", nullable = true) Long totalNok) {
}
