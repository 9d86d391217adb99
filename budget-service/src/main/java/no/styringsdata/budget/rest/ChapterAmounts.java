package no.styringsdata.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.service.ChapterDetailQuery.AmountSelection;
import no.styringsdata.platform.rest.PageRequest;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which of a chapter's amounts its answer holds: a year and a stage, and one page of them. A page holds at most
 * {@link PageRequest#MAX_SIZE} amounts, by default as many, so that the answer stays bounded however many
 * years the chapter has; the lists' {@code page} and {@code size}, with the lists' most as the default size.
 */
public class ChapterAmounts {

    @QueryParam("year")
    @Min(1900)
    @Max(2200)
    @Parameter(description = "Only the amounts of this budget year", example = "2026")
    public Integer year;

    @QueryParam("stage")
    @Parameter(description = "Only the amounts of this stage: regnskap, saldert, forslag, revidert or tildeling",
            example = "forslag")
    public Stage stage;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(PageRequest.MAX_PAGE)
    @Parameter(description = "Page of the chapter's amounts, from 1. Every page has every post.", example = "1")
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("" + PageRequest.MAX_SIZE)
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    @Parameter(description = "Amounts per page (1–1000, all posts together), oldest year first; 1000 by default.",
            example = "1000")
    public int size = PageRequest.MAX_SIZE;

    AmountSelection selection() {
        return new AmountSelection(year, stage, page, size);
    }
}
