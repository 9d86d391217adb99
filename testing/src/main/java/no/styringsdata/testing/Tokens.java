package no.styringsdata.testing;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import no.styringsdata.localpg.DevTokens;

/** Bearer tokens for the service under test ({@link ServiceUnderTest}), signed with the development key. */
public final class Tokens {

    private static final Duration VALID_FOR = Duration.ofHours(2);
    private static final DevTokens DEV = DevTokens.fromClasspath();
    private static final DevTokens.Service SERVICE = ServiceUnderTest.asTokensAddressIt();

    /** An editor's token. */
    public static final String EDITOR = DEV.editor("test-editor", VALID_FOR, SERVICE);

    /** Another service, for tokens that address it or carry its role. */
    public static final DevTokens.Service OTHER_SERVICE = Stream.of(DevTokens.BUDGET, DevTokens.ASSIGNMENTS, DevTokens.INDICATORS)
            .filter(service -> !service.editorRole().equals(SERVICE.editorRole())).findFirst().orElseThrow();

    /** A token for this service, but with another service's editor role only: 403. */
    public static final String OTHER_ROLE = DEV.token("other-clerk", VALID_FOR, Set.of(SERVICE.audience()),
            OTHER_SERVICE.editorRole());

    private Tokens() {
    }
}
