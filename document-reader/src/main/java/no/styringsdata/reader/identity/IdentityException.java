package no.styringsdata.reader.identity;

import no.styringsdata.reader.text.DocumentFormatException;

/**
 * What a document is, or whose it is, cannot be settled: the text does not say and no import
 * parameter does, or a parameter contradicts the text. Names the parameter at fault.
 */
public class IdentityException extends DocumentFormatException {

    private final String field;

    public IdentityException(String field, String message) {
        super(message, 0);
        this.field = field;
    }

    /** The import parameter at fault: {@code ministry}, {@code agency}, {@code year} or {@code kind}. */
    public String field() {
        return field;
    }
}
