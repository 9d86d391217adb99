package no.styringsdata.assignment.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;
import no.styringsdata.testing.documents.LetterExcerpts;
import org.junit.jupiter.api.Test;

/** Fixtures cut from the seed letters (line numbers given), and one letter in an older layout. */
class AllocationLetterParserTest {

    private final AllocationLetterParser parser = new AllocationLetterParser();

    /** 000_8d4a857d2773e53a.txt lines 401-443: an assignment whose deadline has no date. */
    private static final String TB2025_3 = """
             TB2025-3 Avd. HOD: FHA Nasjonalt program for rusforebyggende arbeid blant

            barn og unge

            Helsedirektoratet skal fortsette iverksettelsen og videreutviklingen av det rusforebyggende

            programmet for barn og unge, jf. tildeling av midler over kap. 714, post 21.



            Programmet skal bidra til økt bruk av kunnskapsbasert metodikk og tiltak hos aktører med

            ansvar for rusforebygging. Helsedirektoratet skal fortsette utviklingen av en kunnskapsbasert
             portefølje av tiltak og tilrettelegge for pilotering og implementering, samt styrke

            kunnskapsgrunnlaget for forbyggende tiltak. Det skal formidles kunnskap til relevante

            aktører og målgrupper om faglig anbefalte og faglig ikke anbefalte tiltak. KORUSene skal

            involveres i arbeidet. Helsedirektoratet skal vurdere egnet form for informasjon og

            kommunikasjon om programmets innhold, tiltak og iverksettelse.



            I arbeidet med programmet skal det også ses hen til aktuelle forslag til tiltak som er

            framkommet i arbeidet med det tverrsektorielle rusforebyggende arbeidet blant barn og unge,

            jf. TB2023-30. Milepælsplan og konkretisering av videre arbeid skal leveres ifm.

            rapportering på oppdraget, jf. vedlegg III Særskilt rapportering.



            HOD vil ha dialog med Helsedirektoratet i arbeidet med programmet og oppfølging av det

            tverrsektorielle oppdraget.



            Frist: Se særskilt rapportering.

            """;

    @Test
    void readsIdDepartmentTitleGoalAndDeadlineOfAMainLetterAssignment() {
        // 000_8d4a857d2773e53a.txt lines 255-256 and 293-336, blank lines as extracted (fixture line n is line n + 290)
        ParsedLetter letter = parser.parse("""
                 3.1. Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt

                3.1.3. Oppdrag



                TB2025-1 Avd. HOD: FHA Sykdomsbyrde og forebyggingspotensial

                Helsedirektoratet skal i samarbeid med Folkehelseinstituttet beskrive hvordan

                sykdomsbyrdedata og andre kilder kan benyttes i vurderinger av forebyggingspotensialet

                knyttet til felles påvirkningsfaktorene for kreft og andre ikke-smittsomme sykdommer

                (alkohol, tobakk, fysisk aktivitet og kosthold).

                På sikt er målet å utvikle et system som synliggjør forebyggingspotensialet, inkludert

                hvordan man kan gjennomføre samfunnsøkonomiske analyser av tiltakene, herunder:

                • Beregninger av hvor stor andel av sykdomsbyrden som kan tilskrives de fire

                påvirkningsfaktorene, basert på eksisterende data og forskning.

                • Fordeling av sykdomsbyrde i befolkningen herunder mellom ulike

                sosioøkonomiske grupper

                • En vurdering av effekten av eksisterende og potensielle folkehelsetiltak, inkludert

                evidensbaserte analyser (Folkehelseinstituttet)

                • En liste over de ti viktigste folkehelsetiltakene basert på forebyggingspotensial,

                samfunnsøkonomisk nytte og sosial utjevning i helse, som kan fungere som et

                referansepunkt for videre politikkutvikling. Fullstendige samfunnsøkonomiske

                analyser av disse tiltakene, der også tiltakskostnader inngår, er ikke ambisjonen i

                første omgang.

                Frist: 31.12.2025
                 3.2. Befolkningen har gode levevaner og god livskvalitet i trygge
                og helsefremmende lokalsamfunn

                """);

        assertEquals(LetterKind.MAIN, letter.kind());
        assertEquals(2025, letter.year());
        // 3.1 is a goal by its "3.1.3. Oppdrag"; the cut holds no such proof for 3.2 (the whole letter does)
        assertEquals(List.of("3.1"), letter.goals().stream().map(ParsedGoal::section).toList());
        ParsedAssignment assignment = only(letter);
        assertEquals("TB2025-1", assignment.id());
        assertEquals(2025, assignment.year());
        assertEquals(1, assignment.number());
        assertEquals(List.of("FHA"), assignment.departments());
        assertEquals("Sykdomsbyrde og forebyggingspotensial", assignment.title());
        assertEquals(1, assignment.goalNumber());
        assertEquals("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt", assignment.goalTitle());
        assertTrue(assignment.text().startsWith("Helsedirektoratet skal i samarbeid med Folkehelseinstituttet beskrive "
                + "hvordan sykdomsbyrdedata og andre kilder"), assignment.text());
        assertTrue(assignment.text().endsWith("er ikke ambisjonen i første omgang. Frist: 31.12.2025"), assignment.text());
        assertEquals(List.of(new ParsedDeadline(LocalDate.of(2025, 12, 31), null, "Frist: 31.12.2025", false, 43)),
                assignment.deadlines());
        assertFalse(assignment.continuedFromEarlierYear());
        assertEquals(7, assignment.source().line()); // fixture line 7 is line 297 of the letter
        assertEquals(List.of(), letter.warnings());
    }

    @Test
    void readsSpacedAndEnDashIdsWithTheDepartmentOnALineOfItsOwn() {
        // 004_cc102a77bccaaff9.txt lines 1-3 and 21-28, then lines 158-172
        ParsedLetter letter = parser.parse("""
                 Nye Oppdrag:

                TB2025 - 80 Felles oppdrag til Hdir og Bufdir: Konsensuskonferanse

                Oppgaven løses i tett dialog med BFD og HOD, jf. mottatt felles plan for dialogmøte og en
                skisse til gjennomføring av konsensuskonferansen. Nærmere avklaringer av blant annet
                tidspunkt tas i dialog mellom departementene og direktoratene.

                Ansvarlig avdeling: SHA

                TB2025 - 81 Gjennomgang av legenes spesialistutdanning
                TB2025 – 85 Avd. HOD: FHA Utrede om og hvordan Nasjonalt
                kartleggingssystem for selvmord kan etableres som
                en varig løsning

                Vi ber Helsedirektoratet utrede om og hvordan Nasjonalt kartleggingssystem for selvmord i
                psykisk helsevern og tverrfaglig spesialisert rusbehandling kan etableres som en varig
                løsning med hjemmel i lov og forskrift. Oppdraget skal gjennomføres i samarbeid med
                Folkehelseinstituttet.
                Frist: 15.11.2025

                Kontaktperson HOD: Ellinor F. Major/Marie Havn



                TB2025 – 86 Brukererfaringsundersøkelse
                """);

        assertEquals(List.of("TB2025-80", "TB2025-81", "TB2025-85", "TB2025-86"), ids(letter));
        ParsedAssignment first = letter.assignments().get(0);
        assertEquals(List.of("SHA"), first.departments());
        assertEquals("Felles oppdrag til Hdir og Bufdir: Konsensuskonferanse", first.title());
        assertFalse(first.text().contains("Ansvarlig avdeling"), first.text());
        assertNull(first.goalNumber());
        ParsedAssignment enDash = letter.assignments().get(2);
        assertEquals(List.of("FHA"), enDash.departments());
        assertEquals("Utrede om og hvordan Nasjonalt kartleggingssystem for selvmord kan etableres som en varig løsning",
                enDash.title());
        assertEquals(List.of(LocalDate.of(2025, 11, 15)), dates(enDash));
        assertEquals(LetterKind.SUPPLEMENTARY, letter.kind());
    }

    @Test
    void leavesTheDepartmentsEmptyWhereTheLetterNamesNone() {
        // 004_cc102a77bccaaff9.txt lines 172-179
        ParsedAssignment assignment = only(parser.parse("""
                TB2025 – 86 Brukererfaringsundersøkelse
                Helse- og omsorgsdepartementet viser til henvendelse fra en rekke organisasjoner med
                engasjement for svangerskap- fødsels- og barselomsorgen, og svar på spørsmål til skriftlig
                besvarelse 1632. På denne bakgrunn ber departement Helsedirektoratet om å gjennomføre
                en brukererfaringsunderundersøkelse gjennom svangerskap, fødsel og barseltid blant
                kvinner som føder sommeren 2025. Helsedirektoratet er tildelt 750 000 kroner til formålet i
                supplerende tildelingsbrev nr. 3 for 2025.

                """));

        assertEquals("TB2025-86", assignment.id());
        assertEquals(List.of(), assignment.departments());
        assertEquals("Brukererfaringsundersøkelse", assignment.title());
        assertTrue(assignment.text().endsWith("i supplerende tildelingsbrev nr. 3 for 2025."), assignment.text());
        assertEquals(List.of(), assignment.deadlines());
    }

    @Test
    void readsDepartmentsSpreadOverTheLinesBelowTheId() {
        // 000_8d4a857d2773e53a.txt lines 444-451, 892-899 and 2726-2732
        ParsedLetter letter = parser.parse("""
                TB2025-4 Avd. HOD:

                KTA/SHA/ FHA

                Innsats innen alkoholområdet – forebyggings- og

                behandlingsreformen for rusfeltet

                TB2025-18 Avd. HOD: KTA,

                SHA, FHA, DIG

                Opptrappingsplan for psykisk helse – digitale

                verktøy psykisk helse

                TB2025-64 Avd. HOD: DIG

                og KTA

                Alvorlig sykt barn

                Helsedirektoratet skal følge opp livshendelsen Alvorlig sykt barn i samarbeid med
                """);

        assertEquals(List.of("KTA", "SHA", "FHA"), letter.assignments().get(0).departments());
        assertEquals("Innsats innen alkoholområdet – forebyggings- og behandlingsreformen for rusfeltet",
                letter.assignments().get(0).title());
        assertEquals(List.of("KTA", "SHA", "FHA", "DIG"), letter.assignments().get(1).departments());
        assertEquals("Opptrappingsplan for psykisk helse – digitale verktøy psykisk helse", letter.assignments().get(1).title());
        assertEquals(List.of("DIG", "KTA"), letter.assignments().get(2).departments());
        assertEquals("Alvorlig sykt barn", letter.assignments().get(2).title());
    }

    @Test
    void warnsWhenTheDepartmentListEndsWithASeparator() {
        // 000_8d4a857d2773e53a.txt lines 912-925: "Avd. HOD: KTA,  Opptrappingsplan ..."
        ParsedLetter letter = parser.parse("""
                TB2025-19 Avd. HOD: KTA,  Opptrappingsplan for psykisk helse – psykisk

                helse- og rusarbeid i kommunene

                Helsedirektoratet skal legge til rette for utvikling og etablering av lavterskeltilbud i

                kommunene, herunder lage en plan for implementering av kommende veileder om psykisk

                helse- og rusarbeid for voksne.

                Oppdraget er ledd i oppfølging av Opptrappingsplan for psykisk helse.

                Frist for oversendelse av plan for implementering av veilederen settes til 1. august 2025

                """);

        assertEquals(List.of("KTA"), only(letter).departments());
        assertEquals("Opptrappingsplan for psykisk helse – psykisk helse- og rusarbeid i kommunene", only(letter).title());
        assertEquals(List.of(new ImportWarning(1,
                "TB2025-19: the department list ends with a separator; a department may be missing")), letter.warnings());
    }

    @Test
    void readsEveryDeadlineOfAnAssignmentWithThePartItIsFor() {
        // 004_cc102a77bccaaff9.txt lines 28-29 and 66-72 (the middle of TB2025 - 81 left out; line 67 is fixture line 4)
        ParsedAssignment assignment = only(parser.parse("""
                TB2025 - 81 Gjennomgang av legenes spesialistutdanning
                Oppdrag til Helsedirektoratet:

                Frist for oppdragets del 1 og 2: 01.08 2025. Frist for oppdragets del 3: 01.12.2025.
                Direktoratet bes om at sentrale aktører inviteres inn i arbeidet, herunder Legeforeningen, de
                regionale helseforetakene og KS

                Ansvarlig avdeling: SHA

                """));

        assertEquals(List.of(
                new ParsedDeadline(LocalDate.of(2025, 8, 1), "del 1 og 2",
                        "Frist for oppdragets del 1 og 2: 01.08 2025.", false, 4),
                new ParsedDeadline(LocalDate.of(2025, 12, 1), "del 3",
                        "Frist for oppdragets del 3: 01.12.2025.", false, 4)),
                assignment.deadlines());
    }

    @Test
    void readsSeveralDatesInOneDeadlineSentence() {
        // 000_8d4a857d2773e53a.txt lines 1767-1769, 1793-1796 and 926-927, 946-949
        ParsedLetter letter = parser.parse("""
                TB2025-39 Avd. HOD: SHA Etablere et nasjonalt kompetansenettverk for arbeid

                og helse
                samarbeidspartene.

                Frist: 30.09.25 (mandat) og (samlet rapport) 31.12.2025.

                TB2025-20 Avd. HOD: KTA Bo trygt hjemme-reformen

                gjennomføres og belyse ev. utfordringer med gjennomføring.

                Frist: 15. mars for oppdrag 4; 15. november 2025 for oppdrag 1-3

                """);

        assertEquals(List.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31)), dates(letter.assignments().get(0)));
        assertEquals(List.of("mandat", "samlet rapport"), labels(letter.assignments().get(0)));
        ParsedAssignment twoParts = letter.assignments().get(1);
        assertEquals(List.of(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 11, 15)), dates(twoParts));
        assertEquals(List.of("oppdrag 4", "oppdrag 1-3"), labels(twoParts));
        assertEquals(List.of(true, false), twoParts.deadlines().stream().map(ParsedDeadline::yearInferred).toList());
    }

    @Test
    void takesTheLetterYearForADeadlineWrittenWithoutOne() {
        // 004_cc102a77bccaaff9.txt lines 74-75 and 96-118 (TB2025 - 82 shortened, and TB2025 - 83)
        ParsedLetter letter = parser.parse("""
                TB2025 - 82 Ny innretning for utdeling og finansiering av nalokson
                Naloksonprosjektet ble innlemmet som et tiltak i den første nasjonale overdosestrategien

                Frist for tilbakemelding til HOD innen 31. desember.

                Ansvarlig avdeling: SHA


                TB2025 - 83 Avd. HOD: FHA Utredning – ubetjent salg av tobakk
                Tobakksskadelovens bestemmelser om forbud mot selvbetjening og automater,
                alderskontroll og tilsyn ble utarbeidet i en tid hvor det ikke fantes teknologiske og digitale
                løsninger som i dag. Departementet ber Helsedirektoratet om å utrede hvilke salgs- og
                betalingsløsninger som finnes i dag eller som er på trappene, og hvilke av disse som ev.
                kan ivareta tobakksskadelovens krav, ev. behov for regelverksendringer. Det er en
                forutsetning at løsningene som foreslås ivaretar hensynet til forsvarlig alderskontroll, og at
                de sees i lys av tobakksstrategiens mål. Direktoratet bes se hen til best mulig sammenheng
                mellom ordningene for ordinært detaljsalg og innenlands fjernsalg, der det er relevant.
                Utredningen må også omfatte hvordan et effektivt tilsyn med tobakksskadelovens
                bestemmelser kan ivaretas ved de ulike løsninger.

                Frist 31.12.25

                Kontaktperson HOD: Helena Wilson

                TB2025 - 84 Avd. HOD: FHA Deltakelse i innsatsgruppen for det målrettede
                """);

        ParsedDeadline withoutYear = letter.assignments().get(0).deadlines().get(0);
        assertEquals(LocalDate.of(2025, 12, 31), withoutYear.date());
        assertTrue(withoutYear.yearInferred());
        assertEquals("Frist for tilbakemelding til HOD innen 31. desember.", withoutYear.text());
        ParsedDeadline shortYear = letter.assignments().get(1).deadlines().get(0);
        assertEquals(LocalDate.of(2025, 12, 31), shortYear.date());
        assertFalse(shortYear.yearInferred());
        assertEquals("Frist 31.12.25", shortYear.text());
    }

    @Test
    void keepsADeadlineWithoutADateAsWritten() {
        // 000_8d4a857d2773e53a.txt lines 401-443
        ParsedAssignment assignment = only(parser.parse(TB2025_3));

        assertEquals("Nasjonalt program for rusforebyggende arbeid blant barn og unge", assignment.title());
        assertEquals(List.of(new ParsedDeadline(null, null, "Frist: Se særskilt rapportering.", false, 42)),
                assignment.deadlines());
    }

    @Test
    void readsReferencesToOtherAssignmentsAndToBudgetPosts() {
        // 000_8d4a857d2773e53a.txt lines 401-443, 2909-2916 and 2333-2336
        ParsedLetter letter = parser.parse(TB2025_3 + """
                TB2025-68 Avd. HOD: SHA Kostnadsberegninger laboratorierefusjon

                Helsedirektoratet skal anslå kostnadsdekningen for laboratorieanalyser som utbetales på kap.

                732, post 77 og kap. 2711, post 76.

                Frist: 1.5.2025

                 TB2025-57 Avd. HOD: SHA Forbedring av prosesser som ligger til grunn for

                godkjenning av utenlandsk utdannet helsepersonell

                 Følge opp anbefalinger i besvarelse på oppdrag TB-2023-73 og TB-2024-62, gjennom å:

                """);

        assertEquals(List.of("TB2023-30"), letter.assignments().get(0).assignmentRefs());
        assertEquals(List.of(new PostRef(714, 21)), letter.assignments().get(0).postRefs());
        assertEquals(List.of(new PostRef(732, 77), new PostRef(2711, 76)), letter.assignments().get(1).postRefs());
        assertEquals(List.of("TB2023-73", "TB2024-62"), letter.assignments().get(2).assignmentRefs());
    }

    @Test
    void joinsATitleWrappedOverSeveralLinesAndKeepsHyphensThatBelongToTheWord() {
        // 000_8d4a857d2773e53a.txt lines 622-629 and 679-686
        ParsedLetter letter = parser.parse("""
                TB2025-9 Avd. HOD: FHA Mindreåriges tilgang på alkohol, tobakk og e-

                sigaretter

                Departementet ber Helsedirektoratet, i samarbeid med Folkehelseinstituttet, om en oversikt/

                kartlegging av eksisterende data om mindreåriges (under 18 år) forsyningskilder for

                TB2025-12 Avd. HOD: FHA Revidering av forskrift om tilskudd til frivillig

                rusmiddelforebyggende og

                spillavhengighetsforebyggende innsats

                Helsedirektoratet skal utarbeide høringsnotat om endringer i forskrift om tilskuddsordningen

                """);

        assertEquals("Mindreåriges tilgang på alkohol, tobakk og e-sigaretter", letter.assignments().get(0).title());
        assertTrue(letter.assignments().get(0).text().startsWith("Departementet ber Helsedirektoratet, i samarbeid "
                + "med Folkehelseinstituttet, om en oversikt/kartlegging av"), letter.assignments().get(0).text());
        assertEquals("Revidering av forskrift om tilskudd til frivillig rusmiddelforebyggende og "
                + "spillavhengighetsforebyggende innsats", letter.assignments().get(1).title());
    }

    @Test
    void endsAnAssignmentAtThePageNumberAndTheNextSection() {
        // 000_8d4a857d2773e53a.txt lines 2399-2418
        ParsedLetter letter = parser.parse("""
                TB2025-60 Avd. HOD: KTA Rekrutteringsprogram

                Oppdraget er unntatt offentlighet, jf. Offl. §22, 2. ledd.









                Side 37



                3.10. Digitalisering er en integrert del av utviklingen av helse- og
                omsorgstjenesten og bidrar til bedre kvalitet og ressurseffektivitet

                I rapportering og vurdering av måloppnåelse skal Helsedirektoratet redegjøre for hvordan
                """);

        assertEquals("Oppdraget er unntatt offentlighet, jf. Offl. §22, 2. ledd.", only(letter).text());
    }

    @Test
    void endsTheLastAssignmentOfASupplementaryLetterAtItsBudgetSection() {
        // 004_cc102a77bccaaff9.txt lines 236-252
        ParsedAssignment assignment = only(parser.parse("""
                TB2025 – 91 Mandat – prosjektet Enklere tilgang til data
                Helse- og omsorgsdepartementet har – etter dialog med Helsedirektoratet og Norsk
                helsenett SF – besluttet at eierskapet til prosjektet Enklere tilgang til data (ETI) skal
                 overføres fra Helsedirektoratet til Norsk helsenett SF. Helsedirektoratet vil fortsatt ha
                ansvaret for sentrale oppgaver. Det vises til vedlagte mandat som bl.a. beskriver
                oppgavefordelingen mellom virksomheten, samt de økonomiske rammene til virksomhetene i
                2025. Se også omtale under avsnittet Budsjettildelinger om endringer i tildelingen av midler
                til Helsedirektoratet i 2025.


                """ + LetterExcerpts.SUPPLEMENTARY_BUDGET_SECTION));

        assertEquals("Mandat – prosjektet Enklere tilgang til data", assignment.title());
        assertTrue(assignment.text().endsWith("endringer i tildelingen av midler til Helsedirektoratet i 2025."),
                assignment.text());
    }

    @Test
    void readsALetterInTheOlderLayoutByItsStructure() {
        // Written for this test after the layout DOMAIN.md describes for older letters (2021): "ID:" before
        // the id, "Eieravdeling HOD:", "Hovedmål N:" in the goal heading, a section of carried-over assignments.
        ParsedLetter letter = parser.parse("""
                Tildelingsbrev 2021 – Helsedirektoratet
                Vår dato: 18.12.2020

                1. Innledning
                I dette tildelingsbrevet meddeles Stortingets budsjettvedtak for 2021.
                2. Overordnede mål
                3. Mål, styringsparametere og oppdrag
                3.1 Hovedmål 1: Folkehelsearbeidet er kunnskapsbasert og
                tverrsektorielt
                ID: TB2021-01 Eieravdeling HOD: FHA Kartlegging av fysisk aktivitet blant
                eldre
                Helsedirektoratet skal kartlegge fysisk aktivitet blant eldre, jf. TB2020-14 og
                kap. 714, post 70.
                Frist: 1. mars
                ID: TB2021-02 Eieravdeling HOD: SHA og HRA
                Veileder om pasientreiser
                Helsedirektoratet skal revidere veilederen om pasientreiser.
                Frist for del 1: 15.06.2021. Frist for del 2: 1. november 2021.
                3.2 Oppdrag som ikke er gjennomført og videreføres
                ID: TB2020-14 Eieravdeling HOD: FHA Nasjonal alkoholstrategi
                Oppdraget fra 2020 videreføres.
                Frist: 31.12.2021
                4. Budsjettildeling
                714.70 Tilskudd 12 000
                """);

        assertEquals(LetterKind.MAIN, letter.kind());
        assertEquals(2021, letter.year());
        assertEquals("Tildelingsbrev 2021 – Helsedirektoratet", letter.title());
        assertEquals(LocalDate.of(2020, 12, 18), letter.date());
        assertEquals(List.of(new ParsedGoal(1, "3.1", "Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt",
                new SourceLine(8, "3.1 Hovedmål 1: Folkehelsearbeidet er kunnskapsbasert og"))),
                letter.goals());
        assertEquals(List.of("TB2021-1", "TB2021-2", "TB2020-14"), ids(letter));

        ParsedAssignment first = letter.assignments().get(0);
        assertEquals(List.of("FHA"), first.departments());
        assertEquals("Kartlegging av fysisk aktivitet blant eldre", first.title());
        assertEquals(1, first.goalNumber());
        assertEquals(List.of(new ParsedDeadline(LocalDate.of(2021, 3, 1), null, "Frist: 1. mars", true, 14)),
                first.deadlines());
        assertEquals(List.of("TB2020-14"), first.assignmentRefs());
        assertEquals(List.of(new PostRef(714, 70)), first.postRefs());

        ParsedAssignment second = letter.assignments().get(1);
        assertEquals(List.of("SHA", "HRA"), second.departments());
        assertEquals("Veileder om pasientreiser", second.title());
        assertEquals(List.of("del 1", "del 2"), labels(second));
        assertEquals(List.of(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 11, 1)), dates(second));

        ParsedAssignment carried = letter.assignments().get(2);
        assertTrue(carried.continuedFromEarlierYear());
        assertEquals(2020, carried.year());
        assertNull(carried.goalNumber());
        assertEquals("Oppdraget fra 2020 videreføres. Frist: 31.12.2021", carried.text());
        assertFalse(first.continuedFromEarlierYear());
        assertEquals(List.of(), letter.warnings());
    }

    @Test
    void warnsOfADeadlineDateThatIsNoDate() {
        // written for this test: the id line of 004_cc102a77bccaaff9.txt line 195 with a wrong day
        ParsedLetter letter = parser.parse("""
                TB2025 – 88 Tilskuddsordning Lindrende enheter
                Departementet viser til Meld. St. 24 (2019-2020) Lindrende behandling og omsorg.
                Frist 31.02.2025
                """);

        assertNull(only(letter).deadlines().get(0).date());
        assertEquals(List.of(new ImportWarning(3, "TB2025-88: '31.02.2025' in a deadline is not a date")),
                letter.warnings());
    }

    @Test
    void rejectsAnEmptyText() {
        assertThrows(DocumentFormatException.class, () -> parser.parse(" \n\n "));
    }

    @Test
    void rejectsATextWithoutAssignments() {
        // 000_8d4a857d2773e53a.txt lines 1-5: a letter's opening, but no assignment
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> parser.parse("""
                 1. Innledning

                I dette tildelingsbrevet meddeles Stortingets budsjettvedtak og Helse- og

                omsorgsdepartementets styringssignaler for Helsedirektoratet for 2025. Prop. 1 S (2024–
                """));
        assertTrue(e.getMessage().contains("No assignment id"), e.getMessage());
    }

    @Test
    void rejectsGarbage() {
        assertThrows(DocumentFormatException.class, () -> parser.parse("%PDF-1.7\n1 0 obj << /Type /Page /Parent 2 0 R >>\nendobj\n%%EOF"));
    }

    private static ParsedAssignment only(ParsedLetter letter) {
        assertEquals(1, letter.assignments().size(), () -> ids(letter).toString());
        return letter.assignments().get(0);
    }

    private static List<String> ids(ParsedLetter letter) {
        return letter.assignments().stream().map(ParsedAssignment::id).toList();
    }

    private static List<LocalDate> dates(ParsedAssignment assignment) {
        return assignment.deadlines().stream().map(ParsedDeadline::date).toList();
    }

    private static List<String> labels(ParsedAssignment assignment) {
        return assignment.deadlines().stream().map(ParsedDeadline::label).toList();
    }
}
