package no.styringsdata.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void labelsYearsTertialsAndQuarters() {
        assertEquals("2024", Period.year(2024).label());
        assertEquals("2025-T2", Period.tertial(2025, 2).label());
        assertEquals("2024-Q4", Period.quarter(2024, 4).label());
    }

    @Test
    void rejectsPartsAYearDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> Period.tertial(2025, 4));
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2025, 0));
        assertThrows(IllegalArgumentException.class, () -> new Period(2025, Period.Kind.YEAR, 1));
    }
}
