package no.styringsdata.budget.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The sum of one cell of a cube: one value of each dimension it is grouped by (the others are "
        + "absent in JSON and empty in CSV), and the sum in whole kroner.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"programArea", "programAreaName", "programCategory", "programCategoryName", "chapter", "chapterName",
        "postKind", "postKindName", "ministry", "ministryName", "agency", "agencyName", "year", "stage", "stageName",
        "amountNok"})
public record CubeRow(
        @Schema(description = "Programområde code; `uten område` for chapters of no programkategori", example = "10",
                nullable = true) String programArea,
        @Schema(example = "Helse og omsorg", nullable = true) String programAreaName,
        @Schema(description = "Programkategori code; `uten kategori` for chapters of none", example = "10.40",
                nullable = true) String programCategory,
        @Schema(example = "Sentral helseforvaltning", nullable = true) String programCategoryName,
        @Schema(example = "740", nullable = true, minimum = Bounds.CHAPTER_MIN, maximum = Bounds.CHAPTER_MAX) Integer chapter,
        @Schema(description = "The chapter's name as written in the documents", example = "Helsedirektoratet",
                nullable = true) String chapterName,
        @Schema(nullable = true) PostKind postKind,
        @Schema(description = "The post kind's label in the language of the answer (`Content-Language`)",
                example = "Driftsutgifter (post 01–29)", nullable = true, maxLength = 200) String postKindName,
        @Schema(description = "Code of the ministry that owns the chapter; `uten departement` for none", example = "HOD",
                nullable = true) String ministry,
        @Schema(example = "Helse- og omsorgsdepartementet", nullable = true) String ministryName,
        @Schema(description = "Id of the agency the figures are about", example = "helsedirektoratet", nullable = true,
                pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(example = "Helsedirektoratet", nullable = true) String agencyName,
        @Schema(example = "2026", nullable = true, minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) Integer year,
        @Schema(nullable = true) Stage stage,
        @Schema(description = "The stage's label in the language of the answer (`Content-Language`)",
                example = "Forslag", nullable = true, maxLength = 200) String stageName,
        @Schema(description = "Whole kroner", example = "5063050000") long amountNok) {
}
