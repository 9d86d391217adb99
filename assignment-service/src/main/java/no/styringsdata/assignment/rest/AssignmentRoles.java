package no.styringsdata.assignment.rest;

/** The roles a bearer token carries (its {@code groups} claim). Reads need none. */
final class AssignmentRoles {

    /** May import letters and record status changes. */
    static final String EDITOR = "assignment-editor";

    private AssignmentRoles() {
    }
}
