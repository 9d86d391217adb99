package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import no.styringsdata.budget.importer.AllocationLetterParser;
import no.styringsdata.budget.importer.AnnualReportParser;
import no.styringsdata.budget.importer.ParsedDocument;
import no.styringsdata.budget.importer.Prop1SParser;
import no.styringsdata.budget.importer.SupplementaryLetterParser;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.text.DocumentFormatException;
import org.jboss.logging.Logger;

/** Picks the parser for a document's kind. The parsers are pure; this only dispatches. */
@ApplicationScoped
public class DocumentParsers {

    private static final Logger LOG = Logger.getLogger(DocumentParsers.class);

    /**
     * Parses with the kind's parser. A parser that fails in an unforeseen way on hostile input is
     * reported as an unreadable document, never as a server error.
     */
    public ParsedDocument parse(ReadDocument document, LocalDate dateIfUndated) {
        try {
            return switch (document.identity().kind()) {
                case PROP1S -> new Prop1SParser().parse(document);
                case ALLOCATION_LETTER -> new AllocationLetterParser().parse(document);
                case SUPPLEMENTARY_LETTER -> new SupplementaryLetterParser().parse(document, dateIfUndated);
                case ANNUAL_REPORT -> new AnnualReportParser().parse(document);
            };
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "The %s parser failed on a document", document.identity().kind().wireName());
            throw new DocumentFormatException("The text could not be read as a "
                    + document.identity().kind().wireName() + ".", 0);
        }
    }
}
