package no.styringsdata.assignment.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.ImportWarning;
import org.junit.jupiter.api.Test;

/** The whole seed letters of 2025; every figure below was read in the text at the line given. */
class AllocationLetterDocumentsTest {

    private static final ParsedLetter MAIN = parse("/seeds/000_8d4a857d2773e53a.txt");
    private static final ParsedLetter SUPPLEMENTARY = parse("/seeds/004_cc102a77bccaaff9.txt");

    @Test
    void readsExactlyThe72AssignmentsOfTheMainLetter() {
        assertEquals(LetterKind.MAIN, MAIN.kind());
        assertEquals(2025, MAIN.year());
        assertEquals(IntStream.rangeClosed(1, 72).mapToObj(n -> "TB2025-" + n).toList(), ids(MAIN));
        assertTrue(MAIN.assignments().stream().allMatch(a -> !a.title().isEmpty() && !a.text().isEmpty()));
        assertTrue(MAIN.assignments().stream().allMatch(a -> a.goalNumber() != null && !a.departments().isEmpty()));
    }

    @Test
    void readsTheThirteenGoalsOfTheMainLetter() {
        assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(), MAIN.goals().stream().map(ParsedGoal::number).toList());
        // lines 2872-2874, a heading wrapped over three lines
        assertEquals("Finansieringsordningene understøtter samhandling og ønsket faglig utvikling, samt bidrar til "
                + "likeverdige og effektive helse- og omsorgstjenester av god kvalitet", goal(11).title());
        // line 1816-1817, the heading ends with a full stop
        assertEquals("Pasienter, brukere og pårørende medvirker og blir involvert av helsepersonell i eget forløp og i "
                + "utviklingen av tjenestene", goal(6).title());
        assertEquals(3035, goal(13).source().line());
        // 3.13 has no "Oppdrag" section
        assertTrue(MAIN.assignments().stream().noneMatch(a -> a.goalNumber() == 13));
    }

    @Test
    void readsTheMainLetterAssignmentsAsWritten() {
        // line 297, 333
        assertAssignment("TB2025-1", List.of("FHA"), "Sykdomsbyrde og forebyggingspotensial", 1,
                List.of(LocalDate.of(2025, 12, 31)));
        // lines 444-450, 472: departments on the line below the id, the title below them
        assertAssignment("TB2025-4", List.of("KTA", "SHA", "FHA"),
                "Innsats innen alkoholområdet – forebyggings- og behandlingsreformen for rusfeltet", 2,
                List.of(LocalDate.of(2025, 12, 31)));
        // lines 679-683, 709: the title on three lines
        assertAssignment("TB2025-12", List.of("FHA"), "Revidering av forskrift om tilskudd til frivillig "
                + "rusmiddelforebyggende og spillavhengighetsforebyggende innsats", 2, List.of(LocalDate.of(2025, 3, 21)));
        // lines 892-898, 910
        assertAssignment("TB2025-18", List.of("KTA", "SHA", "FHA", "DIG"),
                "Opptrappingsplan for psykisk helse – digitale verktøy psykisk helse", 4, List.of(LocalDate.of(2025, 12, 31)));
        // lines 1151-1153, 1185, 1189: two deadlines, each with what is due
        assertAssignment("TB2025-23", List.of("SHA"), "Utredning om forutsetninger for medikamentell abort utenfor sykehus",
                4, List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)));
        // lines 1767-1769, 1795
        assertAssignment("TB2025-39", List.of("SHA"), "Etablere et nasjonalt kompetansenettverk for arbeid og helse", 5,
                List.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31)));
        // line 1933 "Avd. HOD SHA" without the colon; 1964 a deadline without a date
        assertAssignment("TB2025-43", List.of("SHA"), "Ventetidsløftet", 7, Arrays.asList((LocalDate) null));
        // line 2210, 2230
        assertAssignment("TB2025-54", List.of("ADA"), "Forebyggende sikkerhet for økt motstandsdyktighet", 8,
                List.of(LocalDate.of(2025, 12, 31)));
        // lines 2726-2730: "Avd. HOD: DIG" / "og KTA"; no deadline
        assertAssignment("TB2025-64", List.of("DIG", "KTA"), "Alvorlig sykt barn", 10, List.of());
        // lines 2909, 2915
        assertAssignment("TB2025-68", List.of("SHA"), "Kostnadsberegninger laboratorierefusjon", 11,
                List.of(LocalDate.of(2025, 5, 1)));
        // lines 3020, 3034
        assertAssignment("TB2025-72", List.of("SHA"), "Videreutvikling av statistikk om tilgjengelighet", 12,
                List.of(LocalDate.of(2025, 4, 1)));
    }

    @Test
    void readsTheTextDeadlinesAndReferencesOfMainLetterAssignments() {
        ParsedAssignment waitingTimes = assignment(MAIN, "TB2025-43");
        assertTrue(waitingTimes.text().contains("Ventetidsløftet"), waitingTimes.text());
        assertEquals("Frist: Arbeidet skal være ferdigstilt i løpet av 2025.", waitingTimes.deadlines().get(0).text());
        assertEquals(List.of("TTB2024-58"), waitingTimes.assignmentRefs()); // line 1937
        assertEquals(1933, waitingTimes.source().line());

        // lines 2503-2642: fifteen deadlines, eight of them without a year, "Frist: mars 2025" without a day
        ParsedAssignment digital = assignment(MAIN, "TB2025-61");
        assertEquals(15, digital.deadlines().size());
        assertEquals(8, digital.deadlines().stream().filter(ParsedDeadline::yearInferred).count());
        assertEquals(new ParsedDeadline(null, null, "Frist: mars 2025", false, 2503), digital.deadlines().get(0));
        assertEquals(new ParsedDeadline(LocalDate.of(2025, 7, 1), null, "Frist: 1. juli.", true, 2511),
                digital.deadlines().get(1));

        // lines 2947-2949
        assertEquals(List.of("del 1", "del 2"),
                assignment(MAIN, "TB2025-70").deadlines().stream().map(ParsedDeadline::label).toList());
        // line 948
        assertEquals(List.of("oppdrag 4", "oppdrag 1-3"),
                assignment(MAIN, "TB2025-20").deadlines().stream().map(ParsedDeadline::label).toList());
        assertEquals(List.of("TB2025-24"), assignment(MAIN, "TB2025-20").assignmentRefs()); // line 936
        // lines 1370-1374
        assertEquals(List.of("TB2023-25", "TB2023-26", "TB2022-33"), assignment(MAIN, "TB2025-28").assignmentRefs());
        // lines 2911-2913: "kap." at the end of one line, "732, post 77 og kap. 2711, post 76." on the next
        assertEquals(List.of(new PostRef(732, 77), new PostRef(2711, 76)), assignment(MAIN, "TB2025-68").postRefs());
        // line 2187: "hele kap. 760"
        assertEquals(List.of(new PostRef(760, null)), assignment(MAIN, "TB2025-53").postRefs());

        assertEquals(List.of(new ImportWarning(912,
                "TB2025-19: the department list ends with a separator; a department may be missing")), MAIN.warnings());
    }

    @Test
    void readsThe11AssignmentsOfTheSupplementaryLetter() {
        assertEquals(LetterKind.SUPPLEMENTARY, SUPPLEMENTARY.kind());
        assertEquals(2025, SUPPLEMENTARY.year());
        assertNull(SUPPLEMENTARY.date()); // the text gives none
        assertEquals(List.of(), SUPPLEMENTARY.goals());
        assertEquals(Stream.of(80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91).map(n -> "TB2025-" + n).toList(),
                ids(SUPPLEMENTARY));
        assertEquals(List.of(new ImportWarning(219, "No assignment numbered between TB2025-88 and TB2025-90")),
                SUPPLEMENTARY.warnings());
        assertTrue(SUPPLEMENTARY.assignments().stream().allMatch(a -> a.goalNumber() == null));
    }

    @Test
    void readsTheSupplementaryLetterAssignmentsAsWritten() {
        // "Ansvarlig avdeling: SHA" at lines 26, 71, 99; "Avd. HOD: FHA" at 102, 118, 158; none from 172 on
        assertEquals(List.of(List.of("SHA"), List.of("SHA"), List.of("SHA"), List.of("FHA"), List.of("FHA"),
                        List.of("FHA"), List.of(), List.of(), List.of(), List.of(), List.of()),
                SUPPLEMENTARY.assignments().stream().map(ParsedAssignment::departments).toList());
        // lines 118-120
        assertEquals("Deltakelse i innsatsgruppen for det målrettede samfunnsoppdraget for barn og unge - Ingen utenfor!",
                assignment(SUPPLEMENTARY, "TB2025-84").title());
        // line 67
        assertEquals(List.of(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 1)), dates(assignment(SUPPLEMENTARY, "TB2025-81")));
        // line 97: "innen 31. desember."
        assertEquals(List.of(new ParsedDeadline(LocalDate.of(2025, 12, 31), null,
                "Frist for tilbakemelding til HOD innen 31. desember.", true, 97)), assignment(SUPPLEMENTARY, "TB2025-82").deadlines());
        // line 191-192: the deadline starts mid-line and ends on the next
        assertEquals(List.of(LocalDate.of(2025, 10, 31)), dates(assignment(SUPPLEMENTARY, "TB2025-87")));
        // lines 209 and 217
        assertEquals(List.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 6, 1)), dates(assignment(SUPPLEMENTARY, "TB2025-88")));
        // line 232
        assertEquals(List.of(LocalDate.of(2026, 12, 31)), dates(assignment(SUPPLEMENTARY, "TB2025-90")));
        // line 5 "med frist 31. mars 2025" tells of an earlier request, not of this assignment
        assertEquals(List.of(), assignment(SUPPLEMENTARY, "TB2025-80").deadlines());
        // lines 138-139
        assertEquals(List.of("TTB2024-60"), assignment(SUPPLEMENTARY, "TB2025-84").assignmentRefs());
        assertEquals(List.of(new PostRef(714, 21)), assignment(SUPPLEMENTARY, "TB2025-84").postRefs());
    }

    @Test
    void theTwoLettersOf2025Give83DifferentAssignments() {
        Set<String> all = new HashSet<>(ids(MAIN));
        all.addAll(ids(SUPPLEMENTARY));
        assertEquals(83, all.size());
    }

    @Test
    void rejectsTheAnnualReportAndTheBudgetProposal() {
        // the annual report names an assignment inside a sentence (line 2264); no line of either starts with an id
        assertThrows(DocumentFormatException.class, () -> parse("/seeds/001_74ce41b747f7677e.txt"));
        assertThrows(DocumentFormatException.class, () -> parse("/seeds/003_82c1b6682bf832eb.txt"));
    }

    @Test
    void readsADeadlineWrittenAsInnenWhenThereIsNoFrist() {
        // line ~1250: "Arbeidet koordineres av Politidirektoratet og ferdigstilles innen 31.12.2025."
        ParsedAssignment tb32 = assignment(MAIN, "TB2025-32");
        assertEquals(List.of(LocalDate.of(2025, 12, 31)), dates(tb32));
        assertTrue(tb32.deadlines().get(0).text().contains("ferdigstilles innen 31.12.2025"));
    }

    private static void assertAssignment(String id, List<String> departments, String title, int goal,
            List<LocalDate> deadlines) {
        ParsedAssignment assignment = assignment(MAIN, id);
        assertEquals(departments, assignment.departments(), id);
        assertEquals(title, assignment.title(), id);
        assertEquals(goal, assignment.goalNumber(), id);
        assertEquals(goal(goal).title(), assignment.goalTitle(), id);
        assertEquals(deadlines, dates(assignment), id);
    }

    private static ParsedGoal goal(int number) {
        return MAIN.goals().stream().filter(g -> g.number() == number).findFirst().orElseThrow();
    }

    private static ParsedAssignment assignment(ParsedLetter letter, String id) {
        return letter.assignments().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not read"));
    }

    private static List<String> ids(ParsedLetter letter) {
        return letter.assignments().stream().map(ParsedAssignment::id).toList();
    }

    private static List<LocalDate> dates(ParsedAssignment assignment) {
        return assignment.deadlines().stream().map(ParsedDeadline::date).toList();
    }

    private static ParsedLetter parse(String resource) {
        try (InputStream in = AllocationLetterDocumentsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new AllocationLetterParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
