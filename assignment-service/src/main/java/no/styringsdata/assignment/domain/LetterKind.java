package no.styringsdata.assignment.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;
import no.styringsdata.reader.DocumentKind;

/** Which allocation letter (tildelingsbrev) an assignment was given in. */
public enum LetterKind implements WireNamed {
    /** The main letter of the year, sent after Stortinget has adopted the budget. */
    MAIN,
    /** A supplementary letter (supplerende tildelingsbrev) sent during the year. */
    SUPPLEMENTARY;

    /** The document reader's kind of the letter. */
    public DocumentKind documentKind() {
        return this == MAIN ? DocumentKind.ALLOCATION_LETTER : DocumentKind.SUPPLEMENTARY_LETTER;
    }

    /** The name the API shows: the document kind's, as the other services name their documents. */
    @Override
    @JsonValue
    public String wireName() {
        return documentKind().wireName();
    }
}
