package no.styringsdata.reader.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionReaderTest {

    @Test
    void findsTheOutlineOfTheMainLetter() {
        ReadDocument letter = DocumentReader.read(SeedTexts.read(SeedTexts.ALLOCATION_LETTER));
        List<String> chapters = letter.sections().stream().filter(s -> s.level() == 1)
                .map(s -> s.number() + " " + s.heading()).toList();
        assertEquals(List.of("1 Innledning", "2 Overordnede mål og prioriteringer",
                "3 Hovedmål, styringsparametere, nøkkeltall og oppdrag", "4 Budsjettildeling",
                "5 Styring og kontroll i virksomheten", "6 Styringsdialog og rapportering"), chapters);
        assertEquals(13, letter.sections().stream().filter(s -> s.level() == 2 && s.number().startsWith("3.")).count());
        Section expenditure = letter.sections().stream().filter(s -> "4.1".equals(s.number())).findFirst().orElseThrow();
        assertEquals("Utgifter", expenditure.heading());
        assertEquals(3088, expenditure.line());
        assertEquals(3949, expenditure.endLine());
        assertEquals("Oppdrag", letter.sectionAt(300).heading());
    }

    @Test
    void takesNumberedListsForListsNotChapters() {
        ReadDocument text = DocumentReader.read("""
                1 Innledning
                Tekst.
                2 Mål
                Målene er:
                1. God helse og mestring i befolkningen
                2. Gode pasientforløp
                3. Bærekraftig ressursbruk
                3 Tildeling
                3.1 Utgifter
                740.01 Driftsutgifter 1 589 294
                01 Driftsutgifter 304 141 323 186
                """);
        assertEquals(List.of("1", "2", "3", "3.1"), text.sections().stream().map(Section::number).toList());
        assertEquals(11, text.sections().get(3).endLine());
    }

    @Test
    void findsPartsAndUpperCaseHeadings() {
        ReadDocument text = DocumentReader.read("""
                Del I Tildeling av budsjettrammer
                Tekst.
                Del II Mål og styringsparametere
                Tekst.
                """);
        assertEquals(List.of("I Tildeling av budsjettrammer", "II Mål og styringsparametere"),
                text.sections().stream().map(s -> s.number() + " " + s.heading()).toList());
        ReadDocument upper = DocumentReader.read("""
                MÅL FOR 2025
                Tekst om mål.
                STYRINGSDIALOG OG RAPPORTERING
                Tekst.
                """);
        assertEquals(List.of("MÅL FOR 2025", "STYRINGSDIALOG OG RAPPORTERING"),
                upper.sections().stream().map(Section::heading).toList());
    }

    /** Goal headings of 000_8d4a857d2773e53a.txt wrapped over two lines; 3.5's second line is 70 characters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "3.5 | Pasienter, brukere og pårørende opplever sammenhengende helse- og omsorgstjenester på tvers av "
                + "fagområder og forvaltningsnivå",
        "3.10 | Digitalisering er en integrert del av utviklingen av helse- og omsorgstjenesten og bidrar til "
                + "bedre kvalitet og ressurseffektivitet"})
    void joinsAGoalHeadingWrappedOntoTheNextLine(String number, String heading) {
        ReadDocument letter = DocumentReader.read(SeedTexts.read(SeedTexts.ALLOCATION_LETTER));
        assertEquals(heading, letter.sections().stream().filter(s -> number.equals(s.number())).findFirst()
                .orElseThrow().heading());
    }

    @Test
    void startsTheOutlineOfACutAtItsFirstSection() {
        // a cut of 000_8d4a857d2773e53a.txt that starts at section 3.1 (line 255)
        ReadDocument cut = DocumentReader.read("""
                 3.1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt
                Tekst.
                3.1.3. Oppdrag
                Tekst.
                 3.2. Befolkningen har gode levevaner og god livskvalitet i trygge
                og helsefremmende lokalsamfunn
                3.17 Tekst som ikke er en overskrift
                """);
        // 3.1.3 does not continue 3.1 (the cut leaves out 3.1.1 and 3.1.2), nor does 3.17 continue 3.2
        assertEquals(List.of("3.1", "3.2"), cut.sections().stream().map(Section::number).toList());
        assertEquals("Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn",
                cut.sections().get(1).heading());
    }
}
