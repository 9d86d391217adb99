package no.styringsdata.budget.rest;

/** The roles a bearer token carries (its {@code groups} claim). Reads need none. */
final class BudgetRoles {

    /** May import documents and create or correct chapters, posts and amounts. */
    static final String EDITOR = "budget-editor";

    private BudgetRoles() {
    }
}
