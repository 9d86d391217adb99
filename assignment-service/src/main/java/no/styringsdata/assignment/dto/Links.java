package no.styringsdata.assignment.dto;

/** The descriptions of the links to other services' resources (service/CrossServiceLinks makes them). */
final class Links {

    static final String GOAL = "The goal in indicator-service, with its steering parameters and key figures: the "
            + "path, relative to the front door, of the goal tree of the letter's year narrowed to this goal and the "
            + "assignment's ministry and agency (a list of that one goal, empty if indicator-service does not hold it)";
    static final String GOAL_EXAMPLE = "/api/indicators/goals?year=2025&number=6&ministry=HOD&agency=helsedirektoratet";
    static final String BUDGET = "The chapter (`post` null) or post in budget-service, with its amounts: its path "
            + "relative to the front door (404 there if the budget does not hold it)";

    private Links() {
    }
}
