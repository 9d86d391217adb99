package no.styringsdata.assignment.domain;

import java.util.Arrays;
import java.util.Optional;

/** Which allocation letter (tildelingsbrev) an assignment was given in. */
public enum LetterKind {
    /** The main letter of the year, sent after Stortinget has adopted the budget. */
    MAIN("tildelingsbrev"),
    /** A supplementary letter (supplerende tildelingsbrev) sent during the year. */
    SUPPLEMENTARY("supplerende-tildelingsbrev");

    private final String wireName;

    LetterKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name the API shows, the same words the budget service uses for its document kinds. */
    public String wireName() {
        return wireName;
    }

    public static Optional<LetterKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
