package no.styringsdata.budget.service;

import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;

/** Which chapters a list wants; null fields do not filter. Year and stage together add totals. */
public record ChapterFilter(Integer year, Stage stage, String category, ChapterKind kind, String sort) {
}
