package no.styringsdata.budget.service;

import no.styringsdata.budget.domain.Stage;

/**
 * Which amounts a query wants; null fields do not filter.
 *
 * @param ministry the code of the ministry that owns the chapter
 * @param agency   {@code null}: any; otherwise that agency's id, where {@link #STATE} means the state
 *                 budget as a whole (amounts with no agency)
 */
public record AmountFilter(Integer chapter, Integer post, Integer year, Stage stage, String ministry, String agency) {

    public static final String STATE = "state";
}
