package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import no.styringsdata.budget.importer.AllocationLetterParser;
import no.styringsdata.budget.importer.AnnualReportParser;
import no.styringsdata.budget.importer.ParsedDocument;
import no.styringsdata.budget.importer.Prop1SParser;
import no.styringsdata.budget.importer.SupplementaryLetterParser;
import no.styringsdata.reader.ReadDocument;

/** Picks the parser for a document's kind. The parsers are pure; this only dispatches. */
@ApplicationScoped
public class DocumentParsers {

    /** Parses with the kind's parser ({@code DocumentImports} answers what it cannot read with a 422). */
    public ParsedDocument parse(ReadDocument document, LocalDate dateIfUndated) {
        return switch (document.identity().kind()) {
            case PROP1S -> new Prop1SParser().parse(document);
            case ALLOCATION_LETTER -> new AllocationLetterParser().parse(document);
            case SUPPLEMENTARY_LETTER -> new SupplementaryLetterParser().parse(document, dateIfUndated);
            case ANNUAL_REPORT -> new AnnualReportParser().parse(document);
        };
    }
}
