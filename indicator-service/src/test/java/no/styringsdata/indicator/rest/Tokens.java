package no.styringsdata.indicator.rest;

import java.time.Duration;
import java.util.Set;
import no.styringsdata.localpg.DevTokens;

/** Bearer tokens the tests sign with the development key. */
final class Tokens {

    private static final DevTokens DEV = DevTokens.fromClasspath();

    /** An indicator editor's token. */
    static final String EDITOR = DEV.editor("test-editor", Duration.ofHours(2), DevTokens.INDICATORS);

    /** A token for this service, but with another service's editor role only: 403. */
    static final String OTHER_ROLE = DEV.token("budget-clerk", Duration.ofHours(2), Set.of(DevTokens.INDICATORS.audience()),
            "budget-editor");

    private Tokens() {
    }
}
