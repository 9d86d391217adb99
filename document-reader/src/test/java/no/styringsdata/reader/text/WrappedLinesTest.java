package no.styringsdata.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrappedLinesTest {

    @Test
    void repairsWordsHyphenatedAcrossLines() {
        assertEquals("bevilgningen dekker", WrappedLines.join(List.of("bevilg-", "ningen dekker")));
        assertEquals("Helse- og omsorgsdepartementet", WrappedLines.join(List.of("Helse- og ", "", "omsorgsdepartementet")));
    }

    @Test
    void keepsRealHyphens() {
        assertEquals("ROS-analyser", WrappedLines.join(List.of("ROS-", "analyser")));
        assertEquals("covid-19-pandemien", WrappedLines.join(List.of("covid-", "19-pandemien")));
        assertEquals("e-sigaretter", WrappedLines.join(List.of("e-", "sigaretter")));
        assertEquals("helse- og omsorg", WrappedLines.join(List.of("helse-", "og omsorg")));
        assertEquals("(2024–2025)", WrappedLines.join(List.of("(2024–", "2025)")));
        assertEquals("oversikt/kartlegging", WrappedLines.join(List.of("oversikt/", "kartlegging")));
        assertEquals("fag- og forskningsmiljøer", WrappedLines.join(List.of("fag-", "og forskningsmiljøer")));
    }

    @Test
    void joinsWithOneSpaceAndSkipsBlankLines() {
        assertEquals("a b c", WrappedLines.join(List.of("  a  ", " ", "b\tc ")));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource({"'Tilskudd til ', true", "'Kvalitet, ', true", "Driftsutgifter, false"})
    void knowsWhereATitleMustGoOn(String line, boolean goesOn) {
        assertEquals(goesOn, WrappedLines.endsWithConnector(line));
    }

    @Test
    void knowsALineThatGoesOnInLowerCase() {
        assertTrue(WrappedLines.startsLowercase(" og mer"));
    }
}
