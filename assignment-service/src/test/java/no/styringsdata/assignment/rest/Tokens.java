package no.styringsdata.assignment.rest;

import java.time.Duration;
import java.util.Set;
import no.styringsdata.localpg.DevTokens;

/** Bearer tokens the tests sign with the development key. */
final class Tokens {

    private static final DevTokens DEV = DevTokens.fromClasspath();

    /** An assignment editor's token. */
    static final String EDITOR = DEV.editor("test-editor", Duration.ofHours(2), DevTokens.ASSIGNMENTS);

    /** A token for this service, but with another service's editor role only: 403. */
    static final String OTHER_ROLE = DEV.token("budget-clerk", Duration.ofHours(2), Set.of(DevTokens.ASSIGNMENTS.audience()),
            "budget-editor");

    private Tokens() {
    }
}
