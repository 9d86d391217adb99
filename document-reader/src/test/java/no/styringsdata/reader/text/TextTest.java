package no.styringsdata.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normalisesWhatPdfExtractionLeaves() {
        assertEquals("å", Text.normalise("a\u030A"), "a + combining ring is one letter");
        assertEquals("effektiv", Text.normalise("e\uFB00ektiv"), "the ff ligature");
        assertEquals("1 546 737", Text.normalise("1\u00A0546\u202F737"), "no-break spaces");
        assertEquals("bevilgningen", Text.normalise("bevilg\u00ADningen"), "soft hyphen");
        assertEquals(" x", Text.normalise("\u0301 x"), "a combining mark with nothing to attach to");
    }

    @Test
    void keepsEveryLineWhereItWas() {
        String text = "\uFEFFa\u030A\n\nﬁ\r\nlast";
        DocumentLines lines = DocumentLines.of(text);
        assertEquals(4, lines.size());
        assertEquals("å", lines.line(1));
        assertEquals("fi", lines.line(3));
        assertEquals("last", lines.line(4));
    }

    @Test
    void casesWithoutTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("tildeling", Text.lower("TILDELING"));
            assertEquals("I", Text.upper("i"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesTextWithANul() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> DocumentLines.of("a\nb\u0000"));
        assertEquals(2, e.line());
    }
}
