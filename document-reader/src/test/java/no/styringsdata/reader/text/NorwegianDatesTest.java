package no.styringsdata.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NorwegianDatesTest {

    @Test
    void readsTheDateFormsOfTheLetters() {
        assertEquals(LocalDate.of(2025, 12, 31), only("Frist: 31.12.2025").date());
        assertEquals(LocalDate.of(2025, 12, 31), only("Frist 31.12.25").date());
        assertEquals(LocalDate.of(2025, 8, 1), only("Frist for oppdragets del 1 og 2: 01.08 2025.").date());
        assertEquals(LocalDate.of(2025, 4, 1), only("Frist: 1.4.2025 for konkretisering").date());
        assertEquals(LocalDate.of(2026, 6, 1), only("Frist 1. juni 2026").date());
        assertEquals(LocalDate.of(2025, 5, 31), only("Frist: 31.mai 2025").date());
        assertEquals(LocalDate.of(2025, 10, 15), only("innen 15. okt. 2025").date());
    }

    @Test
    void takesTheDefaultYearWhereNoneIsWritten() {
        NorwegianDates.Found date = only("Frist: 1. mars");
        assertEquals(LocalDate.of(2021, 3, 1), date.date());
        assertEquals(true, date.yearInferred());
    }

    @Test
    void findsNoDateInAMonthOrQuarterOrBudgetPost() {
        assertEquals(List.of(), NorwegianDates.find("Frist: mars 2025, 1. kvartal 2025, kap. 760.21, 9. svangerskapsuke", 2025));
    }

    @Test
    void reportsADayThatIsNoDateWithoutADate() {
        NorwegianDates.Found date = only("Frist: 31.02.2025");
        assertNull(date.date());
        assertEquals("31.02.2025", date.written());
    }

    private static NorwegianDates.Found only(String text) {
        List<NorwegianDates.Found> found = NorwegianDates.find(text, 2021);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }
}
