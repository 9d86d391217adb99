package no.styringsdata.budget.dto;

import java.util.List;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A kapittel (chapter) with its posts, each with its amounts per year and stage.")
public record ChapterDetail(
        @Schema(example = "740", minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) int number,
        @Schema(example = "Helsedirektoratet", nullable = true) String name,
        ChapterKind kind,
        @Schema(description = "Code of the ministry (departement) that owns the chapter", example = "HOD", nullable = true,
                pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(example = "3740", nullable = true, minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) Integer pairedChapter,
        @Schema(nullable = true) CategoryView category,
        List<PostView> posts) {
}
