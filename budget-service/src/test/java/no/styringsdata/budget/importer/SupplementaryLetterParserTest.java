package no.styringsdata.budget.importer;

import static no.styringsdata.budget.importer.AllocationLetterParserTest.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.testing.documents.LetterExcerpts;
import org.junit.jupiter.api.Test;

class SupplementaryLetterParserTest {

    private static final String LETTER = "/seeds/004_cc102a77bccaaff9.txt";

    /** Lines 246–257: a change told in prose, a withdrawal. */
    private static final String WITHDRAWAL = LetterExcerpts.SUPPLEMENTARY_BUDGET_SECTION + """
                Helsedirektoratet, Norsk helsenett SF og Helse- og omsorgsdepartementet er blitt enige om
                å flytte eierskapet til ETI til Norsk helsenett SF. På bakgrunn av denne beslutningen trekker
                departementet tilbake 2,4 mill. kroner av tildelt ramme for 2025. Det innebærer at ny tildeling
                til Helsedirektoratet utgjør 3,6 mill. kroner i inneværende budsjettår.

                """;

    /** Lines 246–290 with the section heading: prose, an allocation table row, a table of earlier/new/sum. */
    private static final String SECTION = WITHDRAWAL + """

                (alle tall i 1 000 kroner)
                Kap./post Benevnelse Tildeling


                Kommentarer

                714.21 Folkehelse/
                Spesielle
                driftsutgifter

                1 400 Jf. TB2025-11 for å etablere en
                tilsynsordning for ny forskrift om
                markedsføringsforbud av visse
                næringsmidler særlig rettet mot barn.


                Kap. 760.21

                Kap.post Tidligere tildeling Ny tildeling Sum tildelt 2025
                760.21 349110 6320 355 430


                1000 kroner

                Pilotering av Nettlegen:
                Helsedirektoratet tildeles 5,95 mill. kroner til arbeidet, fordelt på følgende aktiviteter:
                 Gjennoppdag gleden med allmennmedisin:
                Helsedirektoratet tildeles 0,32 mill. kroner til arbeidet: .



                Med hilsen
                """;

    @Test
    void readsAWithdrawalToldInProse() {
        ParsedDocument letter = new SupplementaryLetterParser().parse(letter(WITHDRAWAL), LocalDate.of(2025, 6, 20));

        assertEquals(1, letter.allocations().size());
        ParsedAllocation withdrawal = letter.allocations().get(0);
        assertEquals(701, withdrawal.chapter());
        assertEquals(21, withdrawal.post());
        assertEquals(-2_400_000, withdrawal.amountNok());
        assertEquals("Alvorlig sykkt barn – «Enklere tilgang til informasjon»", withdrawal.purpose(),
                "the purpose as the heading spells it");
        assertTrue(withdrawal.comment().startsWith("Helsedirektoratet er i tildelingsbrevet for 2025 tildelt 6 mill."));
        assertEquals(10, withdrawal.source().line(), "line 255 of the letter");
        assertEquals(2025, withdrawal.year());
        assertEquals(LocalDate.of(2025, 6, 20), withdrawal.effectiveDate(), "the caller's date for an undated letter");
        assertEquals(List.of(new SelfCheck(
                "Kap. 701.21: earlier allocation + change = the new allocation the text states", true,
                "6 000 000 − 2 400 000 = 3 600 000; the text says 3 600 000", 11)), letter.checks());
    }

    @Test
    void readsTableRowsAndTheTableOfEarlierAndNewAllocation() {
        ParsedDocument letter = new SupplementaryLetterParser().parse(letter(SECTION));

        assertEquals(List.of(-2_400_000L, 1_400_000L, 6_320_000L),
                letter.allocations().stream().map(ParsedAllocation::amountNok).toList());
        ParsedAllocation supervision = letter.allocations().get(1);
        assertEquals(714, supervision.chapter());
        assertEquals(21, supervision.post());
        assertEquals("Jf. TB2025-11 for å etablere en tilsynsordning for ny forskrift om markedsføringsforbud av "
                + "visse næringsmidler særlig rettet mot barn.", supervision.purpose());
        ParsedAllocation doctors = letter.allocations().get(2);
        assertEquals(760, doctors.chapter());
        assertEquals(21, doctors.post());
        assertEquals("Pilotering av Nettlegen; Gjennoppdag gleden med allmennmedisin", doctors.purpose());
        assertEquals(33, doctors.source().line(), "line 278: 760.21 349110 6320 355 430");
        assertEquals(LocalDate.of(2025, 1, 1), doctors.effectiveDate(), "undated and no date given: 1 January");
    }

    @Test
    void readsTheWholeLetter() throws IOException {
        ParsedDocument letter = new SupplementaryLetterParser().parse(TestDocuments.read(seed(LETTER)));

        TestDocuments.assertIdentity(letter, DocumentKind.SUPPLEMENTARY_LETTER, 2025, "Supplerende tildelingsbrev 2025 til Helsedirektoratet (TB2025-80–TB2025-91)");
        assertNull(letter.date());
        assertEquals(List.of("701.21 -2400000 @255", "714.21 1400000 @265", "760.21 6320000 @278"),
                letter.allocations().stream().map(a -> "%d.%02d %d @%d".formatted(a.chapter(), a.post(), a.amountNok(),
                        a.source().line())).toList());
        assertEquals(5_320_000, letter.allocations().stream().mapToLong(ParsedAllocation::amountNok).sum());
        assertTrue(letter.posts().isEmpty() && letter.amounts().isEmpty());
        assertEquals(1, letter.warnings().size(), "only that the letter is undated");
    }

    @Test
    void checksTheLettersOwnSumsAndReportsTheOneThatDoesNotAddUp() throws IOException {
        List<SelfCheck> checks = new SupplementaryLetterParser().parse(TestDocuments.read(seed(LETTER))).checks();

        assertEquals(5, checks.size());
        assertEquals(List.of(256, 278, 329, 329), checks.stream().filter(SelfCheck::passed).map(SelfCheck::line).toList());
        assertTrue(checks.get(1).detail().contains("349 110 000 + 6 320 000 = 355 430 000"));
        assertTrue(checks.get(3).detail().startsWith("5 950 000"), "the Nettlegen activities add up");
        assertTrue(checks.get(4).detail().startsWith("Pilotering av Nettlegen: 5 950 000"),
                "the activity table details the Nettlegen grant of 760.21");
        SelfCheck failing = checks.get(2);
        assertFalse(failing.passed(), "5,95 + 0,32 mill. kroner granted in the text is not the new 6 320 (1 000 kr)");
        assertEquals("Pilotering av Nettlegen 5 950 000 + Gjennoppdag gleden med allmennmedisin 320 000 = 6 270 000; "
                + "ny tildeling 6 320 000", failing.detail());
    }

    @Test
    void rejectsEmptyGarbageAndLettersWithoutBudgetChanges() throws IOException {
        String assignmentsOnly = String.join("\n", seed(LETTER).lines().limit(245).toList());
        TestDocuments.assertRefused(new SupplementaryLetterParser()::parse, DocumentKind.SUPPLEMENTARY_LETTER, 2025,
                " \n", "Budsjettildelinger\nlorem ipsum\n", assignmentsOnly);
    }

    private static no.styringsdata.reader.ReadDocument letter(String text) {
        return TestDocuments.fixture(DocumentKind.SUPPLEMENTARY_LETTER, 2025, text);
    }
}
