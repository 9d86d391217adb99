package no.styringsdata.reader.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssignmentIdsTest {

    @Test
    void givesTheReadersFormHoweverTheIdIsWritten() {
        assertEquals("TB2021-1", AssignmentIds.canonical("TB2021-01"));
        assertEquals("TB2025-80", AssignmentIds.canonical("TB2025 – 80"));
        assertEquals("TB2025-43", AssignmentIds.canonical("tb2025-43"));
        assertEquals("STB2023-4", AssignmentIds.canonical("ID: STB2023-04"));
        assertEquals("helsedirektoratet-2025-007", AssignmentIds.canonical(" helsedirektoratet-2025-007 "));
    }
}
