package no.styringsdata.budget.importer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of source document the budget importer reads. */
public enum DocumentKind {
    /** Prop. 1 S, the government's budget proposal. */
    PROP1S("prop1s"),
    /** Tildelingsbrev, the main allocation letter of a year. */
    ALLOCATION_LETTER("tildelingsbrev"),
    /** Supplerende tildelingsbrev, a supplementary letter during the year. */
    SUPPLEMENTARY_LETTER("supplerende-tildelingsbrev"),
    /** Årsrapport, an agency's annual report with its appropriation accounts. */
    ANNUAL_REPORT("arsrapport");

    private final String wireName;

    DocumentKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<DocumentKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
