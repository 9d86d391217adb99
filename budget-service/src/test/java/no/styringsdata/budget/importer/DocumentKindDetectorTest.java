package no.styringsdata.budget.importer;

import static no.styringsdata.budget.importer.AllocationLetterParserTest.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentKindDetectorTest {

    private final DocumentKindDetector detector = new DocumentKindDetector();

    @ParameterizedTest
    @CsvSource({
            "000_8d4a857d2773e53a.txt, ALLOCATION_LETTER",
            "001_74ce41b747f7677e.txt, ANNUAL_REPORT",
            "003_82c1b6682bf832eb.txt, PROP1S",
            "004_cc102a77bccaaff9.txt, SUPPLEMENTARY_LETTER"})
    void tellsEachSeedDocumentsKind(String file, DocumentKind kind) throws IOException {
        assertEquals(Optional.of(kind), detector.detect(seed("/seeds/" + file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "lorem ipsum dolor sit amet\n1 234 567\n", "Prop. 1 S uten tabeller",
            "Årsrapport 2024 uten regnskap", "Supplerende tildelingsbrev gis gjennom året."})
    void findsNoKindInOtherText(String text) {
        assertEquals(Optional.empty(), detector.detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Supplerende tildelingsbrev nr. 4\n\nTB2025-80 Tittel",
            "Tillegg til tildelingsbrev 2025\n"})
    void knowsASupplementaryLetterByItsTitle(String text) {
        assertEquals(Optional.of(DocumentKind.SUPPLEMENTARY_LETTER), detector.detect(text));
    }
}
