package no.styringsdata.reader.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.testing.documents.LetterVariants;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityReaderTest {

    private static DocumentIdentity identity(String text) {
        return DocumentReader.read(text).identity();
    }

    @Test
    void readsTheMainLetterFromItsOpeningSentence() {
        DocumentIdentity letter = identity(SeedTexts.read(SeedTexts.ALLOCATION_LETTER));
        assertEquals(DocumentKind.ALLOCATION_LETTER, letter.kind());
        assertEquals("HOD", letter.ministry().code());
        assertEquals("helsedirektoratet", letter.agency().id());
        assertEquals("Helsedirektoratet", letter.agency().name());
        assertEquals(2025, letter.year());
        assertNull(letter.date(), "the extracted letter has no date line");
        assertEquals("Tildelingsbrev 2025 til Helsedirektoratet", letter.title());
        assertTrue(letter.titleMade());
    }

    /** The supplementary letter names no agency at the top; the annual report is the agency's own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        SeedTexts.SUPPLEMENTARY_LETTER + ", SUPPLEMENTARY_LETTER, HOD, helsedirektoratet, 2025",
        SeedTexts.ANNUAL_REPORT + ", ANNUAL_REPORT, HOD, helsedirektoratet, 2024"})
    void readsTheKindMinistryAgencyAndYearOfASeed(String seed, DocumentKind kind, String ministry, String agency,
            int year) {
        DocumentIdentity document = identity(SeedTexts.read(seed));
        assertEquals(kind, document.kind());
        assertEquals(ministry, document.ministry().code());
        assertEquals(agency, document.agency().id());
        assertEquals(year, document.year());
    }

    @Test
    void readsThePropositionAsTheStatesWithoutAgency() {
        DocumentIdentity prop = identity(SeedTexts.read(SeedTexts.PROP1S));
        assertEquals(DocumentKind.PROP1S, prop.kind());
        assertEquals("HOD", prop.ministry().code());
        assertTrue(prop.agencies().isEmpty());
        assertEquals(2026, prop.year());
        assertEquals("Prop. 1 S (2025–2026) Helse- og omsorgsdepartementet", prop.title());
    }

    @Test
    void readsTheLetterRewrittenForAnotherAgency() {
        String variant = LetterVariants.forFolkehelseinstituttet(SeedTexts.read(SeedTexts.ALLOCATION_LETTER));
        DocumentIdentity letter = identity(variant);
        assertEquals("folkehelseinstituttet", letter.agency().id());
        assertEquals("HOD", letter.ministry().code());
        assertEquals(2025, letter.year());
        String supplementary = LetterVariants.forFolkehelseinstituttet(SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER));
        assertEquals("folkehelseinstituttet", identity(supplementary).agency().id());
    }

    @Test
    void readsATitleBlockAboveTheLetter() {
        String variant = LetterVariants.withTitleBlock(SeedTexts.read(SeedTexts.ALLOCATION_LETTER), "Helsedirektoratet",
                "Tildelingsbrev 2025 – Helsedirektoratet", "18.12.2024");
        DocumentIdentity letter = identity(variant);
        assertEquals("Tildelingsbrev 2025 – Helsedirektoratet", letter.title());
        assertEquals(LetterVariants.TITLE_BLOCK_LINES - 1, letter.titleLine());
        assertEquals(LocalDate.of(2024, 12, 18), letter.date());
        assertEquals("helsedirektoratet", letter.agency().id());
        assertEquals(2025, letter.year());
    }

    @Test
    void readsTitlesOfOtherMinistriesTemplates() {
        DocumentIdentity kd = identity("""
                Universitetet i Oslo
                Postboks 1072 Blindern

                Statsbudsjettet 2024 – tildelingsbrev til Universitetet i Oslo

                Kunnskapsdepartementet viser til Stortingets vedtak om bevilgning for 2024.
                Vår dato: 21. desember 2023
                """);
        assertEquals(DocumentKind.ALLOCATION_LETTER, kd.kind());
        assertEquals("KD", kd.ministry().code());
        assertEquals("universitetet-i-oslo", kd.agency().id());
        assertEquals(2024, kd.year());
        assertEquals(LocalDate.of(2023, 12, 21), kd.date());

        DocumentIdentity jd = identity("""
                TILDELINGSBREV FOR 2023 TIL POLITIDIREKTORATET

                Justis- og beredskapsdepartementet (JD) viser til Prop. 1 S (2022–2023).
                """);
        assertEquals("JD", jd.ministry().code());
        assertEquals(2023, jd.year());

        DocumentIdentity supplementary = identity("""
                Supplerende tildelingsbrev nr. 3 for 2025 til Direktoratet for medisinske produkter

                Helse- og omsorgsdepartementet viser til tildelingsbrevet for 2025.
                """);
        assertEquals(DocumentKind.SUPPLEMENTARY_LETTER, supplementary.kind());
        assertEquals("direktoratet-for-medisinske-produkter", supplementary.agency().id());
        assertEquals(2025, supplementary.year());
    }

    @Test
    void readsTheAgencyFromTheOpeningWhenTheLetterBeginsAtItsFirstChapter() {
        DocumentIdentity letter = identity("""
                1 Innledning
                Klima- og miljødepartementet gir med dette Miljødirektoratet sine økonomiske rammer og
                styringssignaler for budsjettåret 2026. Miljødirektoratet skal rapportere i årsrapporten.
                2 Mål for 2026
                """);
        assertEquals(DocumentKind.ALLOCATION_LETTER, letter.kind());
        assertEquals("KLD", letter.ministry().code());
        assertEquals("miljodirektoratet", letter.agency().id());
        assertEquals(2026, letter.year());
    }

    @Test
    void namesFormerMinistriesByTheirStableCode() {
        DocumentIdentity letter = identity("""
                Tildelingsbrev 2019 til Direktoratet for forvaltning og IKT
                Kommunal- og moderniseringsdepartementet viser til Stortingets budsjettvedtak.
                """);
        assertEquals("KDD", letter.ministry().code());
        assertEquals("Kommunal- og distriktsdepartementet", letter.ministry().name());
    }

    @Test
    void knowsNothingOfTextsThatAreNoneOfTheKinds() {
        DocumentIdentity none = identity("Referat fra møte i borettslaget\nVi ble enige om å male gjerdet.");
        assertNull(none.kind());
        assertNull(none.ministry());
        assertTrue(none.agencies().isEmpty());
    }
}
