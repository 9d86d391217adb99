package no.styringsdata.indicator.rest;

import java.time.Duration;
import no.styringsdata.localpg.DevTokens;

/** Bearer tokens the tests sign with the development key. */
final class Tokens {

    private static final DevTokens DEV = DevTokens.fromClasspath();

    /** An indicator editor's token. */
    static final String EDITOR = DEV.token("test-editor", Duration.ofHours(2), "indicator-editor");

    /** A token with another service's editor role only. */
    static final String OTHER_ROLE = DEV.token("budget-clerk", Duration.ofHours(2), "budget-editor");

    private Tokens() {
    }
}
