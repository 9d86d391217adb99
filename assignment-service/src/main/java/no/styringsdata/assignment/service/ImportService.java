package no.styringsdata.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.assignment.entity.Assignment;
import no.styringsdata.assignment.entity.Deadline;
import no.styringsdata.assignment.entity.PostReference;
import no.styringsdata.assignment.entity.StatusChange;
import no.styringsdata.assignment.importer.AllocationLetterParser;
import no.styringsdata.assignment.importer.ParsedAssignment;
import no.styringsdata.assignment.importer.ParsedDeadline;
import no.styringsdata.assignment.importer.ParsedLetter;
import no.styringsdata.assignment.importer.PostRef;
import no.styringsdata.platform.importing.ChangeCounter;
import no.styringsdata.platform.importing.DocumentImports;
import no.styringsdata.platform.importing.ImportLock;
import no.styringsdata.platform.importing.ImportReport;
import no.styringsdata.platform.importing.SectionFinding;
import no.styringsdata.platform.importing.TextChecksum;
import no.styringsdata.platform.scope.AgencyEntity;
import no.styringsdata.platform.scope.ImportParams;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.identity.IdentityException;

/**
 * Imports an allocation letter: read its identity (kind, ministry, agency, year, date, title) with the
 * document reader and its assignments with the parser (both pure), then store the assignments in one
 * transaction as the letter's agency's, matched by (agency, id), so that importing the same letter twice
 * changes nothing. A supplementary letter adds its assignments to those already there. Imports run one at a
 * time ({@link ImportLock}), and their order does not matter: an assignment that two letters give keeps what
 * the letter ranking highest says ({@link #LETTER_ORDER}), and its initial {@code not_started} is dated by the
 * earliest letter that gave it. Status history is otherwise never rewritten.
 */
@ApplicationScoped
public class ImportService {

    static final String IMPORT_USER = "import";

    private final AllocationLetterParser parser = new AllocationLetterParser();

    @Inject
    DocumentImports imports;

    /** What the letter says of itself, as every assignment it gives keeps it. */
    private record Letter(String kind, int year, String title, LocalDate date, String ministry, String sha256) {

        static Letter of(DocumentIdentity identity, String text) {
            return new Letter(identity.kind().wireName(), identity.year(), identity.title(), identity.date(),
                    identity.ministry().code(), TextChecksum.sha256(text));
        }

        static Letter of(Assignment stored) {
            return new Letter(stored.letterKind, stored.letterYear, stored.letterTitle, stored.letterDate,
                    stored.ministryCode, stored.letterSha256);
        }
    }

    /**
     * Which of two letters giving the same assignment stands, whatever the order they were imported in: the
     * later year's, a supplementary letter over the year's main letter, the later date, then title and
     * checksum (nulls, from assignments imported before checksums were kept, first).
     */
    static final Comparator<Letter> LETTER_ORDER = Comparator.comparingInt(Letter::year)
            .thenComparing(l -> DocumentKind.SUPPLEMENTARY_LETTER.wireName().equals(l.kind()))
            .thenComparing(Letter::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Letter::title, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Letter::sha256, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Reads the letter (pure, at once), then stores it when the imports before it are done ({@link DocumentImports}). */
    public ImportReport importLetter(ImportParams params, String text) {
        return imports.run(params, text, this::parse, this::storeLetter);
    }

    private ParsedLetter parse(ReadDocument document) {
        DocumentIdentity identity = document.identity();
        if (!identity.kind().isLetter()) {
            throw new IdentityException("kind", "The text is a " + identity.kind().label() + ", not an allocation "
                    + "letter: this service reads tildelingsbrev and supplerende tildelingsbrev.");
        }
        return parser.parse(document);
    }

    /** Stores what {@link #importLetter} read, in one transaction (public only to be intercepted: call that). */
    @Transactional
    public ImportReport storeLetter(ReadDocument document, ParsedLetter parsed, String text, long parseMillis) {
        DocumentIdentity identity = document.identity();
        AgencyEntity agency = imports.begin(identity);
        Letter letter = Letter.of(identity, text);
        Stored stored = Stored.of(agency, parsed);
        ChangeCounter assignments = new ChangeCounter();
        Instant now = Instant.now();
        for (ParsedAssignment assignmentRead : parsed.assignments()) {
            Assignment assignment = stored.assignments().get(assignmentRead.id());
            if (assignment == null) {
                assignment = new Assignment();
                assignment.id = assignmentRead.id();
                assignment.agency = agency;
                apply(assignment, assignmentRead, letter);
                assignment.persist();
                stored.assignments().put(assignment.id, assignment);
                recordInitialStatus(assignment, identity, assignmentRead, now);
                assignments.created();
            } else {
                boolean stands = LETTER_ORDER.compare(letter, Letter.of(assignment)) >= 0;
                boolean changed = stands ? apply(assignment, assignmentRead, letter) : fillGoal(assignment, assignmentRead);
                changed |= earlierInitialStatus(stored.initialStatus().get(assignment), identity, assignmentRead, now);
                assignments.touched(changed);
            }
        }
        ImportReport report = ImportReport.of(identity, agency)
                .changes("assignments", assignments)
                .sections(SectionFinding.of(document, Map.of("assignments",
                        parsed.assignments().stream().map(a -> a.source().line()).toList())))
                .warnings(parsed.warnings())
                .build(parseMillis);
        imports.audit(report, "letter", agency.id + ": " + identity.title(), report.changes().get("assignments"));
        return report;
    }

    /**
     * What is stored of the letter's assignments, read in a few queries whatever their number: the assignments with
     * their deadlines and references, by id, and the initial status of each.
     */
    private record Stored(Map<String, Assignment> assignments, Map<Assignment, StatusChange> initialStatus) {

        static Stored of(AgencyEntity agency, ParsedLetter parsed) {
            List<String> ids = parsed.assignments().stream().map(ParsedAssignment::id).distinct().toList();
            Map<String, Assignment> byId = new HashMap<>();
            Map<Assignment, StatusChange> initial = new HashMap<>();
            if (ids.isEmpty()) {
                return new Stored(byId, initial);
            }
            // one collection per query: fetching two lists at once is a cartesian product Hibernate refuses
            for (String collection : List.of("deadlines", "assignmentRefs", "postRefs")) {
                Assignment.<Assignment>list("select distinct a from Assignment a left join fetch a." + collection
                        + " where a.agency = ?1 and a.id in ?2", agency, ids).forEach(a -> byId.put(a.id, a));
            }
            if (!byId.isEmpty()) {
                StatusChange.<StatusChange>list("assignment in ?1 and recordedBy = ?2 and status = ?3 "
                                + "order by recordedAt, id", byId.values(), IMPORT_USER, AssignmentStatus.NOT_STARTED)
                        .forEach(change -> initial.putIfAbsent(change.assignment, change));
            }
            return new Stored(byId, initial);
        }
    }

    /** Copies what the letter says onto the assignment; true when anything changed. */
    private static boolean apply(Assignment a, ParsedAssignment parsed, Letter letter) {
        // A supplementary letter repeating an assignment without its goal does not take the goal away.
        Integer goalNumber = parsed.goalNumber() != null || a.goalNumber == null ? parsed.goalNumber() : a.goalNumber;
        String goalTitle = parsed.goalNumber() != null || a.goalNumber == null ? parsed.goalTitle() : a.goalTitle;
        String[] departments = parsed.departments().toArray(String[]::new);
        List<PostReference> postRefs = parsed.postRefs().stream().filter(ImportService::isBudgetPost)
                .map(ImportService::postReference).toList();
        String title = Objects.requireNonNullElse(parsed.title(), "");
        String text = Objects.requireNonNullElse(parsed.text(), "");
        boolean changed = a.year != parsed.year() || a.number != parsed.number() || !Letter.of(a).equals(letter)
                || !Arrays.equals(a.departments, departments)
                || !Objects.equals(a.title, title) || !Objects.equals(a.text, text)
                || !Objects.equals(a.goalNumber, goalNumber) || !Objects.equals(a.goalTitle, goalTitle)
                || a.continued != parsed.continuedFromEarlierYear() || a.sourceLine != parsed.source().line()
                || !sameDeadlines(a.deadlines, parsed.deadlines())
                || !a.assignmentRefs.equals(parsed.assignmentRefs())
                || !samePostRefs(a.postRefs, postRefs);
        if (!changed) {
            return false;
        }
        a.year = parsed.year();
        a.number = parsed.number();
        a.ministryCode = letter.ministry();
        a.letterKind = letter.kind();
        a.letterYear = letter.year();
        a.letterTitle = letter.title();
        a.letterDate = letter.date();
        a.letterSha256 = letter.sha256();
        a.departments = departments;
        a.title = title;
        a.text = text;
        a.goalNumber = goalNumber;
        a.goalTitle = goalTitle;
        a.continued = parsed.continuedFromEarlierYear();
        a.sourceLine = parsed.source().line();
        if (!sameDeadlines(a.deadlines, parsed.deadlines())) {
            a.deadlines.clear();
            for (ParsedDeadline d : parsed.deadlines()) {
                a.deadlines.add(deadline(a, a.deadlines.size(), d));
            }
        }
        if (!a.assignmentRefs.equals(parsed.assignmentRefs())) {
            a.assignmentRefs.clear();
            a.assignmentRefs.addAll(parsed.assignmentRefs());
        }
        if (!samePostRefs(a.postRefs, postRefs)) {
            a.postRefs.clear();
            a.postRefs.addAll(postRefs);
        }
        return true;
    }

    /**
     * A letter ranking below the one that stands gives only what the assignment lacks: the goal (as a
     * supplementary letter repeating an assignment without its goal does not take it away).
     */
    private static boolean fillGoal(Assignment a, ParsedAssignment parsed) {
        if (a.goalNumber != null || parsed.goalNumber() == null) {
            return false;
        }
        a.goalNumber = parsed.goalNumber();
        a.goalTitle = parsed.goalTitle();
        return true;
    }

    /**
     * The initial {@code not_started} is dated by the earliest letter that gave the assignment (earliest date,
     * then source), whichever letter was imported first; true when this letter is earlier than the one it had.
     */
    private static boolean earlierInitialStatus(StatusChange initial, DocumentIdentity letter, ParsedAssignment parsed,
                                                Instant now) {
        LocalDate date = initialDate(letter, now);
        String source = initialSource(letter, parsed);
        if (initial == null || date.isAfter(initial.statusDate)
                || date.equals(initial.statusDate) && source.compareTo(initial.source) >= 0) {
            return false;
        }
        initial.statusDate = date;
        initial.source = source;
        return true;
    }

    private static LocalDate initialDate(DocumentIdentity letter, Instant now) {
        return letter.date() != null ? letter.date() : LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static String initialSource(DocumentIdentity letter, ParsedAssignment parsed) {
        return letter.title() + ", line " + parsed.source().line();
    }

    private static void recordInitialStatus(Assignment assignment, DocumentIdentity letter, ParsedAssignment parsed,
                                            Instant now) {
        new StatusChange(assignment, AssignmentStatus.NOT_STARTED, initialDate(letter, now), null,
                initialSource(letter, parsed), IMPORT_USER, now).persist();
    }

    private static Deadline deadline(Assignment assignment, int position, ParsedDeadline parsed) {
        Deadline deadline = new Deadline();
        deadline.assignment = assignment;
        deadline.position = position;
        deadline.dueDate = parsed.date();
        deadline.label = parsed.label();
        deadline.text = Objects.requireNonNullElse(parsed.text(), "");
        deadline.yearInferred = parsed.yearInferred();
        deadline.sourceLine = parsed.line();
        return deadline;
    }

    private static boolean sameDeadlines(List<Deadline> stored, List<ParsedDeadline> parsed) {
        if (stored.size() != parsed.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            Deadline s = stored.get(i);
            ParsedDeadline p = parsed.get(i);
            if (!Objects.equals(s.dueDate, p.date()) || !Objects.equals(s.label, p.label())
                    || !Objects.equals(s.text, Objects.requireNonNullElse(p.text(), "")) || s.yearInferred != p.yearInferred()
                    || s.sourceLine != p.line()) {
                return false;
            }
        }
        return true;
    }

    /** "kap. 0" or "post 00" in a text is no budget post; the schema would refuse it. */
    private static boolean isBudgetPost(PostRef ref) {
        return ref.chapter() >= 1 && ref.chapter() <= 5999 && (ref.post() == null || ref.post() >= 1 && ref.post() <= 99);
    }

    private static PostReference postReference(PostRef ref) {
        return new PostReference(ref.chapter(), ref.post());
    }

    private static boolean samePostRefs(List<PostReference> stored, List<PostReference> parsed) {
        if (stored.size() != parsed.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).chapter != parsed.get(i).chapter || !Objects.equals(stored.get(i).post, parsed.get(i).post)) {
                return false;
            }
        }
        return true;
    }
}
