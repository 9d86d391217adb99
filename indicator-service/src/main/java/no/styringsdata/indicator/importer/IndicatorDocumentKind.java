package no.styringsdata.indicator.importer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.platform.wire.WireNamed;

/** The kinds of document the indicator importer reads: the document reader's kinds that set or report indicators. */
public enum IndicatorDocumentKind implements WireNamed {
    /** Tildelingsbrev: sets the goals, steering parameters and key figures of a year. */
    ALLOCATION_LETTER,
    /** Årsrapport: reports results for them. */
    ANNUAL_REPORT;

    /** The document reader's kind of the same name. */
    public DocumentKind documentKind() {
        return DocumentKind.valueOf(name());
    }

    @Override
    @JsonValue
    public String wireName() {
        return documentKind().wireName();
    }

    /** The indicator kind of a document kind; empty for a proposition or a supplementary letter. */
    public static Optional<IndicatorDocumentKind> of(DocumentKind kind) {
        return Arrays.stream(values()).filter(k -> k.documentKind() == kind).findFirst();
    }

    /**
     * Tells which kind of indicator document the text is, by the document reader's identity. Empty for
     * anything else (a supplementary letter, a budget proposition, text that is no document).
     */
    public static Optional<IndicatorDocumentKind> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return of(DocumentReader.read(text).identity().kind());
        } catch (DocumentFormatException notText) {
            return Optional.empty();
        }
    }
}
