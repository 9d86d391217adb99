package no.styringsdata.reader.goal;

import static no.styringsdata.reader.goal.GoalReaderTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.text.ImportWarning;
import org.junit.jupiter.api.Test;

/** Hand-written letters in the layouts other ministries use, and what the reader cannot place. */
class GoalLayoutsTest {

    @Test
    void readsGoalsByAreaWithLongTermGoalsSteeringParametersAndResultRequirements() {
        GoalReading letter = read("""
                Tildelingsbrev 2025 til Arbeidstilsynet
                1 Innledning
                Arbeids- og inkluderingsdepartementet gir med dette styringssignaler for Arbeidstilsynet for 2025.
                2 Mål og resultatkrav
                Innsatsområde 1: Et sikkert og seriøst arbeidsliv
                Langsiktige mål
                • Færre arbeidsskader og arbeidsrelaterte sykdommer
                • Mindre arbeidslivskriminalitet
                Styringsparametre
                • Andel tilsyn rettet mot virksomheter med høy risiko for
                arbeidsskader
                Resultatkrav:
                • Minst 70 prosent av tilsynene skal rettes mot virksomheter med høy risiko
                Innsatsområde 2 – Et inkluderende arbeidsliv
                Langsiktig mål: Flere i arbeid
                Styringsparametere
                Resultatkrav
                Oppdrag
                • Arbeidstilsynet skal kartlegge behovet for veiledning (ikke et resultatkrav)
                3 Budsjettildeling
                3.1 Utgifter
                """);

        assertEquals(List.of(), letter.warnings());
        assertEquals(2, letter.goals().size());
        GoalStructure safety = letter.goals().get(0);
        assertEquals(GoalLayout.AREAS, safety.layout());
        assertEquals("Innsatsområde 1", safety.area());
        assertEquals("1", safety.number());
        assertEquals("Et sikkert og seriøst arbeidsliv", safety.title());
        assertEquals(5, safety.line());
        assertEquals(List.of("Færre arbeidsskader og arbeidsrelaterte sykdommer", "Mindre arbeidslivskriminalitet"),
                texts(safety.longTermGoals()));
        assertEquals(List.of("Andel tilsyn rettet mot virksomheter med høy risiko for arbeidsskader"),
                texts(safety.steeringParameters()));
        assertEquals(List.of("Minst 70 prosent av tilsynene skal rettes mot virksomheter med høy risiko"),
                texts(safety.resultRequirements()));
        assertEquals(13, safety.resultRequirements().get(0).line());
        GoalStructure inclusion = letter.goals().get(1);
        assertEquals("Innsatsområde 2", inclusion.area());
        assertEquals("Et inkluderende arbeidsliv", inclusion.title());
        assertEquals(List.of("Flere i arbeid"), texts(inclusion.longTermGoals()));
        // Empty lists are valid, and the assignment under Oppdrag is none of them.
        assertTrue(inclusion.steeringParameters().isEmpty() && inclusion.resultRequirements().isEmpty()
                && inclusion.keyFigures().isEmpty());
    }

    @Test
    void readsVirksomhetsmålWithLetteredStyringsparametreAndTheirPrestasjonskrav() {
        GoalReading letter = read("""
                TILDELINGSBREV TIL POLITIDIREKTORATET 2025
                Justis- og beredskapsdepartementet viser til Stortingets budsjettvedtak.
                TILDELING
                Politidirektoratet tildeles midler over kap. 440.
                MÅL FOR 2025
                Virksomhetsmål 1: Effektiv og rettssikker
                saksbehandling
                Styringsparametre:
                a) Saksbehandlingstid for klagesaker
                Prestasjonskrav: Gjennomsnittlig saksbehandlingstid skal ikke
                overstige tre måneder.
                b) Andel vedtak omgjort ved klage
                Prestasjonskrav:
                • Under 5 prosent for utlendingssaker
                • Under 3 prosent for øvrige saker
                c) Brukertilfredshet
                Virksomhetsmål 2: Økt tilstedeværelse
                Styringsparameter
                a) Responstid ved hasteoppdrag
                STYRINGSDIALOG OG RAPPORTERING
                Rapporten sendes innen 1. mars.
                """);

        assertEquals(List.of(), letter.warnings());
        assertEquals(2, letter.goals().size());
        GoalStructure first = letter.goals().get(0);
        assertEquals(GoalLayout.LABELLED_GOALS, first.layout());
        assertNull(first.area());
        assertEquals("1", first.number());
        assertEquals("Effektiv og rettssikker saksbehandling", first.title());
        List<GoalItem> parameters = first.steeringParameters();
        assertEquals(List.of("a)", "b)", "c)"), parameters.stream().map(GoalItem::label).toList());
        assertEquals(List.of("Saksbehandlingstid for klagesaker", "Andel vedtak omgjort ved klage", "Brukertilfredshet"),
                texts(parameters));
        assertEquals(List.of("Gjennomsnittlig saksbehandlingstid skal ikke overstige tre måneder."),
                texts(parameters.get(0).requirements()));
        assertEquals(10, parameters.get(0).requirements().get(0).line());
        assertEquals(List.of("Under 5 prosent for utlendingssaker", "Under 3 prosent for øvrige saker"),
                texts(parameters.get(1).requirements()));
        assertEquals(List.of(), parameters.get(2).requirements());
        assertTrue(first.resultRequirements().isEmpty(), "prestasjonskrav belong to their steering parameter");
        GoalStructure second = letter.goals().get(1);
        assertEquals("Økt tilstedeværelse", second.title());
        assertEquals(List.of("Responstid ved hasteoppdrag"), texts(second.steeringParameters()));
        assertEquals(19, second.steeringParameters().get(0).line());
    }

    @Test
    void readsGoalsInAPartOfTheLetter() {
        GoalReading letter = read("""
                Del I Tildeling av budsjettrammer
                Kap. 326 post 01 Driftsutgifter.
                Del II Mål og styringsparametere
                Hovedmål 1 – God og tilgjengelig forvaltning
                Styringsparametere for 2025
                • Andel henvendelser besvart innen fristen
                Nøkkeltall
                • Antall henvendelser
                Hovedmål 2 – Trygg lagring av kulturarven
                Nøkkeltall og indikatorer
                • Andel samlinger i sikre magasiner
                Del III Styringsdialog
                """);

        assertEquals(List.of("God og tilgjengelig forvaltning", "Trygg lagring av kulturarven"),
                letter.goals().stream().map(GoalStructure::title).toList());
        assertEquals(List.of(List.of(1, 1), List.of(0, 1)), letter.goals().stream()
                .map(g -> List.of(g.steeringParameters().size(), g.keyFigures().size())).toList());
        assertEquals(List.of(), letter.warnings());
    }

    @Test
    void warnsWithTheLineOfWhatItCannotPlace() {
        GoalReading letter = read("""
                Tildelingsbrev 2025 til Statens helsetilsyn
                1 Innledning
                2 Mål for 2025
                Styringsparametere
                • Saksbehandlingstid i tilsynssaker
                Virksomhetsmål 1: Befolkningen har tillit til helsetjenesten
                Styringsparametere
                Helsetilsynet skal følge opp alvorlige hendelser raskt.
                • Andel saker avsluttet innen seks måneder
                3 Budsjett
                """);

        assertEquals(1, letter.goals().size());
        assertEquals(List.of("Andel saker avsluttet innen seks måneder"), texts(letter.goals().get(0).steeringParameters()));
        assertEquals(List.of(4, 8), letter.warnings().stream().map(ImportWarning::line).toList());
        assertTrue(letter.warnings().get(0).message().startsWith("A goal list before the first goal, not read"),
                letter.warnings().get(0).message());
        assertTrue(letter.warnings().get(1).message().contains("Text before the first item of Styringsparametere not read"),
                letter.warnings().get(1).message());
    }

    @Test
    void warnsAboutListsWithoutAnyGoalHeading() {
        GoalReading letter = read("""
                Tildelingsbrev 2025 til Statens helsetilsyn
                Styringsparametere
                • Saksbehandlingstid i tilsynssaker
                """);

        assertEquals(List.of(), letter.goals());
        assertEquals(List.of(2), letter.warnings().stream().map(ImportWarning::line).toList());
        assertTrue(letter.warnings().get(0).message().startsWith("A goal list without a goal heading above it"));
    }

    private static GoalReading read(String text) {
        return GoalReader.read(DocumentReader.read(text));
    }
}
