package no.styringsdata.reader.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.ImportWarning;
import org.junit.jupiter.api.Test;

/** Letters written for these tests after the layouts DOMAIN.md describes: assignments without ids, and what cannot be placed. */
class AssignmentReaderTest {

    @Test
    void readsBulletsUnderAnOppdragSectionAsAssignmentsWithMadeIds() {
        ReadAssignments read = read("""
                Tildelingsbrev 2025 til Statens helsetilsyn
                1. Innledning
                Departementet gir med dette styringssignaler for Statens helsetilsyn for 2025.
                2. Mål og styringsparametere
                2.1 Tilsyn som virker
                Andel tilsyn som avsluttes innen fristen.
                2.1.1 Oppdrag
                • Statens helsetilsyn skal gjennomgå metodikken for landsomfattende tilsyn. Frist: 1. juni 2025.
                • Statens helsetilsyn skal utrede en ny ordning for varsler om alvorlige hendelser i
                kommunale helse- og omsorgstjenester, jf. kap. 721, post 01. Frist: 31.12.2025
                3. Budsjettildeling
                Statens helsetilsyn tildeles 200 mill. kroner.
                """);

        assertEquals(List.of("statens-helsetilsyn-2025-001", "statens-helsetilsyn-2025-002"), ids(read));
        AssignmentBlock first = read.blocks().get(0);
        assertTrue(first.idGenerated());
        assertEquals("Statens helsetilsyn skal gjennomgå metodikken for landsomfattende tilsyn", first.title());
        assertEquals("Statens helsetilsyn skal gjennomgå metodikken for landsomfattende tilsyn. Frist: 1. juni 2025.",
                first.text());
        assertEquals(new GoalRef(1, "2.1", "Tilsyn som virker", 5), first.goal());
        assertEquals(List.of(LocalDate.of(2025, 6, 1)), first.deadlines().stream().map(Deadline::date).toList());
        assertEquals(8, first.line());
        AssignmentBlock second = read.blocks().get(1);
        assertTrue(second.text().endsWith("i kommunale helse- og omsorgstjenester, jf. kap. 721, post 01. Frist: 31.12.2025"),
                second.text());
        assertEquals(List.of(new PostRef(721, 1)), second.postRefs());
        assertEquals(List.of(LocalDate.of(2025, 12, 31)), second.deadlines().stream().map(Deadline::date).toList());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void readsNumberedParagraphsUnderAnUnnumberedHeadingAndKeepsTheirLetteredItemsAsText() {
        ReadAssignments read = read("""
                Tildelingsbrev 2024 til Arbeidstilsynet
                Del I Mål og prioriteringer
                Arbeidstilsynet skal bidra til et seriøst arbeidsliv.
                Oppdrag
                1. Arbeidstilsynet skal kartlegge bruken av innleie i byggenæringen, og skal
                a) beskrive omfanget,
                b) foreslå tiltak.
                2) Arbeidstilsynet skal evaluere veiledningstjenesten. Frist 1. mars
                Del II Tildeling av budsjettrammer
                1. Arbeidstilsynet tildeles 700 mill. kroner.
                """);

        assertEquals(List.of("arbeidstilsynet-2024-001", "arbeidstilsynet-2024-002"), ids(read));
        assertEquals("Arbeidstilsynet skal kartlegge bruken av innleie i byggenæringen, og skal a) beskrive omfanget, "
                + "b) foreslå tiltak.", read.blocks().get(0).text());
        assertEquals("Arbeidstilsynet skal evaluere veiledningstjenesten", read.blocks().get(1).title());
        assertEquals(List.of(LocalDate.of(2024, 3, 1)), read.blocks().get(1).deadlines().stream().map(Deadline::date).toList());
        assertTrue(read.blocks().get(1).deadlines().get(0).yearInferred());
        assertEquals(List.of(5, 8), read.blocks().stream().map(AssignmentBlock::line).toList());
    }

    @Test
    void readsCarriedOverAssignmentsWithCombinedAndIncompleteIds() {
        ReadAssignments read = read("""
                Tildelingsbrev 2021 – Helsedirektoratet
                1. Innledning
                2. Oppdrag som ikke er gjennomført og videreføres
                TB2019-4 og -5 Eieravdeling HOD: FHA Nasjonal alkoholstrategi
                Oppdragene fra 2019 videreføres, jf. TB2020-14.
                TB2020-14/TB2021-3 Avd. HOD: SHA Veileder om pasientreiser
                Oppdraget videreføres som TB2021-3.
                3. Budsjettildeling
                """);

        assertEquals(List.of("TB2019-4", "TB2020-14"), ids(read));
        assertEquals(List.of(List.of("TB2019-5"), List.of("TB2021-3")),
                read.blocks().stream().map(AssignmentBlock::combinedIds).toList());
        assertEquals(List.of(List.of("TB2020-14"), List.of()),
                read.blocks().stream().map(AssignmentBlock::referencedIds).toList());
        assertTrue(read.blocks().stream().allMatch(AssignmentBlock::carriedOver));
        assertTrue(read.blocks().stream().noneMatch(AssignmentBlock::idGenerated));
    }

    @Test
    void warnsWithTheHeadingsLineWhenTextUnderAnOppdragHeadingGivesNoAssignment() {
        ReadAssignments read = read("""
                Tildelingsbrev 2025 til Statens helsetilsyn
                Departementet gir med dette styringssignaler for Statens helsetilsyn for 2025.
                Oppdrag
                Direktoratet skal rapportere på status for oppdragene i årsrapporten.
                Med vennlig hilsen
                """);

        assertEquals(List.of(), read.blocks());
        assertEquals(List.of(new ImportWarning(3, "No assignment read under the heading 'Oppdrag': no line led by a "
                + "department, bullet or numbered paragraph starts one")), read.warnings());
    }

    @Test
    void readsNoIdlessAssignmentsInADocumentThatIsNoLetter() {
        ReadAssignments read = read("""
                Oppdrag
                • Et punkt i en tekst som ikke er et brev.
                """);
        assertEquals(List.of(), read.blocks());
    }

    @Test
    void makesTheSameIdForTheSamePositionAndWritesWhatIsUnknown() {
        assertEquals("helsedirektoratet-2025-007", AssignmentReader.generatedId("helsedirektoratet", 2025, 7));
        assertEquals("ukjent-ukjent-120", AssignmentReader.generatedId(null, null, 120));
    }

    private static ReadAssignments read(String text) {
        return AssignmentReader.read(DocumentReader.read(text));
    }

    private static List<String> ids(ReadAssignments read) {
        return read.blocks().stream().map(AssignmentBlock::id).toList();
    }
}
