package no.styringsdata.indicator.importer;

import static no.styringsdata.indicator.importer.AllocationLetterIndicatorParserTest.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Optional;
import no.styringsdata.reader.text.DocumentFormatException;
import org.junit.jupiter.api.Test;

class IndicatorDocumentKindTest {

    @Test
    void tellsTheLetterFromTheAnnualReportAndFromDocumentsWithoutIndicators() throws IOException {
        assertEquals(Optional.of(IndicatorDocumentKind.ALLOCATION_LETTER),
                IndicatorDocumentKind.detect(seed("000_8d4a857d2773e53a.txt")));
        assertEquals(Optional.of(IndicatorDocumentKind.ANNUAL_REPORT),
                IndicatorDocumentKind.detect(seed("001_74ce41b747f7677e.txt")));
        // Prop. 1 S and the supplementary letter (new assignments only) set no goals or indicators.
        assertEquals(Optional.empty(), IndicatorDocumentKind.detect(seed("003_82c1b6682bf832eb.txt")));
        assertEquals(Optional.empty(), IndicatorDocumentKind.detect(seed("004_cc102a77bccaaff9.txt")));
        assertEquals(Optional.empty(), IndicatorDocumentKind.detect(""));
        assertEquals(Optional.empty(), IndicatorDocumentKind.detect("\u0000\u0001ÿØÿà JFIF"));
    }

    @Test
    void parsesEitherKindByWhatTheTextIs() throws IOException {
        IndicatorDocumentParser parser = new IndicatorDocumentParser();

        assertEquals(IndicatorDocumentKind.ALLOCATION_LETTER, parser.parse(seed("000_8d4a857d2773e53a.txt")).kind());
        assertEquals(IndicatorDocumentKind.ANNUAL_REPORT, parser.parse(seed("001_74ce41b747f7677e.txt")).kind());
        assertThrows(DocumentFormatException.class, () -> parser.parse(seed("004_cc102a77bccaaff9.txt")));
    }
}
