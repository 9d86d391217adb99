package no.styringsdata.reader.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.DocumentReader;
import org.junit.jupiter.api.Test;

class ImportHintsTest {

    private static final String NAMELESS_SUPPLEMENTARY = """
            Nye oppdrag:
            TB2025 - 80 Konsensuskonferanse
            Direktoratet bes planlegge en konferanse. Frist: 31.12.2025
            """;

    @Test
    void requiresTheAgencyWhereTheTextNamesNone() {
        IdentityException e = assertThrows(IdentityException.class,
                () -> DocumentReader.read(NAMELESS_SUPPLEMENTARY, new ImportHints(null, "HOD", null, null)));
        assertEquals("agency", e.field());
    }

    @Test
    void completesWhatTheTextLeavesOpen() {
        DocumentIdentity identity = DocumentReader.read(NAMELESS_SUPPLEMENTARY,
                new ImportHints(null, "hod", "Statens helsetilsyn", null)).identity();
        assertEquals(DocumentKind.SUPPLEMENTARY_LETTER, identity.kind());
        assertEquals("HOD", identity.ministry().code());
        assertEquals("statens-helsetilsyn", identity.agency().id());
        assertEquals(2025, identity.year());
        assertEquals("Supplerende tildelingsbrev 2025 til Statens helsetilsyn", identity.title());
    }

    @Test
    void refusesHintsThatContradictTheText() {
        String letter = "Tildelingsbrev 2025 til Helsedirektoratet\nHelse- og omsorgsdepartementet viser til budsjettet.";
        IdentityException agency = assertThrows(IdentityException.class,
                () -> DocumentReader.read(letter, new ImportHints(null, null, "Folkehelseinstituttet", null)));
        assertEquals("agency", agency.field());
        assertTrue(agency.getMessage().contains("Helsedirektoratet") && agency.getMessage().contains("Folkehelseinstituttet"),
                agency.getMessage());
        assertEquals("year", assertThrows(IdentityException.class,
                () -> DocumentReader.read(letter, new ImportHints(null, null, null, 2024))).field());
        assertEquals("ministry", assertThrows(IdentityException.class,
                () -> DocumentReader.read(letter, new ImportHints(null, "KD", null, null))).field());
        assertEquals("kind", assertThrows(IdentityException.class,
                () -> DocumentReader.read(letter, new ImportHints(DocumentKind.ANNUAL_REPORT, null, null, null))).field());
        assertEquals("ministry", assertThrows(IdentityException.class,
                () -> DocumentReader.read(letter, new ImportHints(null, "XYZ", null, null))).field());
    }

    @Test
    void acceptsHintsThatAgreeInAnyCaseOrForm() {
        String letter = "Tildelingsbrev 2025 til Helsedirektoratet\nHelse- og omsorgsdepartementet viser til budsjettet.";
        DocumentIdentity identity = DocumentReader.read(letter,
                new ImportHints(DocumentKind.ALLOCATION_LETTER, "Helse- og omsorgsdepartementet", "HELSEDIREKTORATET", 2025))
                .identity();
        assertEquals("helsedirektoratet", identity.agency().id());
        assertEquals("Helsedirektoratet", identity.agency().name(), "the text's spelling, not the hint's");
        assertEquals(DocumentReader.read(letter).identity(), identity, "the same identity as without hints");
    }
}
