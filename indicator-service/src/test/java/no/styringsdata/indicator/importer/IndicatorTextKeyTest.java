package no.styringsdata.indicator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndicatorTextKeyTest {

    @Test
    void foldsCaseWhitespaceAndPunctuationSoTheSameIndicatorMatchesAcrossYears() {
        // The letter for 2025 (line 367) and the report on 2024 (line 1568) word it alike.
        assertEquals("utvikling i norsk kosthold mer av gruppene",
                IndicatorTextKey.of("Utvikling i norsk kosthold, «mer av»-gruppene"));
        // "4- årsperioden" in the letter (line 289), "4-årsperioden" in the report (line 1419).
        assertEquals(IndicatorTextKey.of("sitt arbeid med folkehelse i 4-årsperioden"),
                IndicatorTextKey.of("sitt arbeid med  folkehelse i 4- årsperioden"));
        assertEquals("andel skriftlige svar via chat", IndicatorTextKey.of("Andel skriftlige svar via chat (%)  "));
    }
}
