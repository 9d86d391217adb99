package no.styringsdata.budget.service;

import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;

/**
 * Which chapters a list wants; null fields do not filter. Year and stage together add totals.
 *
 * @param ministry the code of the ministry that owns the chapter
 * @param agency   an agency's id: chapters with amounts or allocations of that agency
 */
public record ChapterFilter(Integer year, Stage stage, String category, ChapterKind kind, String sort, String ministry,
                            String agency) {
}
