package no.styringsdata.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.service.CubeDimension;
import no.styringsdata.platform.codelists.LanguageNegotiation;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A cube's dimensions ({@code groupBy}, repeated) and its filters, one per dimension. The {@code format} is the
 * operation's own parameter: platform rest/FormatCheck looks for it there.
 */
public class CubeParams {

    /**
     * Every query parameter the cube takes: any other is a 400 naming it, rather than a filter silently ignored.
     * {@code lang} is every read's (platform codelists/LanguageNegotiation).
     */
    static final List<String> NAMES = List.of("groupBy", "kind", "programArea", "programCategory", "chapter",
            "postKind", "ministry", "agency", "year", "stage", "format", LanguageNegotiation.PARAMETER);

    @QueryParam("groupBy")
    @Parameter(description = "The dimensions, in order, one to eight of them, each once: programArea (programområde), "
            + "programCategory (programkategori), chapter, postKind, ministry (the ministry that owns the chapter), "
            + "agency (the agencies' own figures, by agency), year, stage. Repeat the parameter "
            + "(`groupBy=year&groupBy=chapter`).", required = true, explode = Explode.TRUE)
    public List<CubeDimension> groupBy;

    @QueryParam("kind")
    @DefaultValue("expenditure")
    @Parameter(description = "expenditure (utgifter, the default) or revenue (inntekter): they are summed apart",
            example = "expenditure")
    public ChapterKind kind;

    @QueryParam("programArea")
    @Pattern(regexp = Bounds.AREA_CODE, message = "must be a programområde code such as 10")
    @Parameter(description = "Only chapters of this programområde", example = "10")
    public String programArea;

    @QueryParam("programCategory")
    @Pattern(regexp = Bounds.CATEGORY_CODE, message = "must be a programkategori code such as 10.40")
    @Parameter(description = "Only chapters of this programkategori", example = "10.40")
    public String programCategory;

    @QueryParam("chapter")
    @Min(Bounds.CHAPTER_FIRST)
    @Max(Bounds.CHAPTER_LAST)
    @Parameter(description = "Only this chapter (kapittel)", example = "740")
    public Integer chapter;

    @QueryParam("postKind")
    @Parameter(description = "Only posts of this kind (by post number and chapter kind)", example = "operating")
    public PostKind postKind;

    @QueryParam("year")
    @Min(Bounds.YEAR_FIRST)
    @Max(Bounds.YEAR_LAST)
    @Parameter(description = "Only this budget year", example = "2026")
    public Integer year;

    @QueryParam("stage")
    @Parameter(description = "Only this budget stage", example = "forslag")
    public Stage stage;
}
