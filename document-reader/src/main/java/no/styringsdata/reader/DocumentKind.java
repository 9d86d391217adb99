package no.styringsdata.reader;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document the services read. */
public enum DocumentKind {
    /** Prop. 1 S, the government's budget proposal for next year. */
    PROP1S("prop1s", "Prop. 1 S"),
    /** Tildelingsbrev, the main allocation letter of a year from a ministry to an agency. */
    ALLOCATION_LETTER("tildelingsbrev", "Tildelingsbrev"),
    /** Supplerende tildelingsbrev: new assignments and budget changes during the year. */
    SUPPLEMENTARY_LETTER("supplerende-tildelingsbrev", "Supplerende tildelingsbrev"),
    /** Årsrapport, an agency's annual report with its appropriation accounts. */
    ANNUAL_REPORT("arsrapport", "Årsrapport");

    private final String wireName;
    private final String label;

    DocumentKind(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    /** The name on the wire and in the database: {@code tildelingsbrev}. */
    public String wireName() {
        return wireName;
    }

    /** How the documents name themselves: "Tildelingsbrev". */
    public String label() {
        return label;
    }

    /** True for the kinds a ministry addresses to one agency. */
    public boolean isLetter() {
        return this == ALLOCATION_LETTER || this == SUPPLEMENTARY_LETTER;
    }

    public static Optional<DocumentKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
