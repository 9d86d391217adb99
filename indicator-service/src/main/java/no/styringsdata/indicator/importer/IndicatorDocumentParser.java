package no.styringsdata.indicator.importer;

import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.text.DocumentFormatException;

/** Reads goals and indicators from a document of either kind, telling the kind from the text. */
public final class IndicatorDocumentParser {

    private final AllocationLetterIndicatorParser letters = new AllocationLetterIndicatorParser();
    private final AnnualReportIndicatorParser reports = new AnnualReportIndicatorParser();

    public ParsedIndicatorDocument parse(String text) {
        ReadDocument document = DocumentReader.read(text);
        IndicatorDocumentKind kind = IndicatorDocumentKind.of(document.identity().kind()).orElseThrow(
                () -> new DocumentFormatException(
                        "The document is neither an allocation letter with goals nor an annual report with results", 0));
        return switch (kind) {
            case ALLOCATION_LETTER -> letters.parse(document);
            case ANNUAL_REPORT -> reports.parse(document);
        };
    }
}
