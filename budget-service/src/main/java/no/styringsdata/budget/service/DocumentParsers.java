package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import no.styringsdata.reader.text.DocumentFormatException;
import org.jboss.logging.Logger;
import no.styringsdata.budget.importer.AllocationLetterParser;
import no.styringsdata.budget.importer.AnnualReportParser;
import no.styringsdata.budget.importer.DocumentKind;
import no.styringsdata.budget.importer.DocumentKindDetector;
import no.styringsdata.budget.importer.ParsedDocument;
import no.styringsdata.budget.importer.Prop1SParser;
import no.styringsdata.budget.importer.SupplementaryLetterParser;

/** Picks the parser for a document's kind. The parsers are pure; this only dispatches. */
@ApplicationScoped
public class DocumentParsers {

    private static final Logger LOG = Logger.getLogger(DocumentParsers.class);

    private final DocumentKindDetector detector = new DocumentKindDetector();

    public Optional<DocumentKind> detect(String text) {
        return detector.detect(text);
    }

    /**
     * Parses with the kind's parser. A parser that fails in an unforeseen way on hostile input is
     * reported as an unreadable document, never as a server error.
     */
    public ParsedDocument parse(DocumentKind kind, String text, LocalDate dateIfUndated) {
        try {
            return parseWith(kind, text, dateIfUndated);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "The %s parser failed on a document", kind.wireName());
            throw new DocumentFormatException("The text could not be read as a " + kind.wireName() + ".", 0);
        }
    }

    private static ParsedDocument parseWith(DocumentKind kind, String text, LocalDate dateIfUndated) {
        return switch (kind) {
            case PROP1S -> new Prop1SParser().parse(text);
            case ALLOCATION_LETTER -> new AllocationLetterParser().parse(text);
            case SUPPLEMENTARY_LETTER -> dateIfUndated == null ? new SupplementaryLetterParser().parse(text)
                    : new SupplementaryLetterParser().parse(text, dateIfUndated);
            case ANNUAL_REPORT -> new AnnualReportParser().parse(text);
        };
    }
}
