package no.styringsdata.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.assignment.dto.ImportReport;
import no.styringsdata.assignment.entity.Assignment;
import no.styringsdata.assignment.entity.Deadline;
import no.styringsdata.assignment.entity.PostReference;
import no.styringsdata.assignment.entity.StatusChange;
import no.styringsdata.assignment.importer.AllocationLetterParser;
import no.styringsdata.assignment.importer.ParsedAssignment;
import no.styringsdata.assignment.importer.ParsedDeadline;
import no.styringsdata.assignment.importer.ParsedLetter;
import no.styringsdata.assignment.importer.PostRef;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.platform.audit.AuditLog;
import no.styringsdata.platform.problem.Problems;

/**
 * Imports an allocation letter: parse (pure), then store its assignments in one transaction, matched
 * by id, so that importing the same letter twice changes nothing. A supplementary letter adds its
 * assignments to those already there. Status history is never rewritten: the initial
 * {@code not_started} is recorded once, when an assignment is first imported.
 */
@ApplicationScoped
public class ImportService {

    static final String IMPORT_USER = "import";

    private final AllocationLetterParser parser = new AllocationLetterParser();

    @Inject
    AuditLog audit;

    @Transactional
    public ImportReport importLetter(String text) {
        if (text == null || text.isBlank()) {
            throw Problems.invalidField("body", "body", "the letter text is empty");
        }
        long started = System.nanoTime();
        ParsedLetter letter = parse(text);
        long parseMillis = (System.nanoTime() - started) / 1_000_000;

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = Instant.now();
        for (ParsedAssignment parsed : letter.assignments()) {
            Assignment assignment = Assignment.findById(parsed.id());
            if (assignment == null) {
                assignment = new Assignment();
                assignment.id = parsed.id();
                apply(assignment, parsed, letter);
                assignment.persist();
                recordInitialStatus(assignment, letter, parsed, now);
                created++;
            } else if (apply(assignment, parsed, letter)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        var counts = new ImportReport.ChangeCounts(created, updated, unchanged);
        if (counts.changed()) {
            audit.record("import", "letter", letter.kind().wireName() + " " + letter.year()
                    + (letter.title() == null ? "" : ": " + letter.title()), null, counts);
        }
        return new ImportReport(letter.kind().wireName(), letter.year(), letter.title(), letter.date(),
                counts.changed(), counts, letter.warnings(), parseMillis);
    }

    /** Hostile input must give 422, never 500: anything the parser trips over means the text is unreadable. */
    private ParsedLetter parse(String text) {
        try {
            return parser.parse(text);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentFormatException("The text could not be read as an allocation letter", 0);
        }
    }

    /** Copies what the letter says onto the assignment; true when anything changed. */
    private static boolean apply(Assignment a, ParsedAssignment parsed, ParsedLetter letter) {
        // A supplementary letter repeating an assignment without its goal does not take the goal away.
        Integer goalNumber = parsed.goalNumber() != null || a.goalNumber == null ? parsed.goalNumber() : a.goalNumber;
        String goalTitle = parsed.goalNumber() != null || a.goalNumber == null ? parsed.goalTitle() : a.goalTitle;
        String[] departments = parsed.departments().toArray(String[]::new);
        List<PostReference> postRefs = parsed.postRefs().stream().filter(ImportService::isBudgetPost)
                .map(ImportService::postReference).toList();
        String title = Objects.requireNonNullElse(parsed.title(), "");
        String text = Objects.requireNonNullElse(parsed.text(), "");
        boolean changed = a.year != parsed.year() || a.number != parsed.number()
                || !Objects.equals(a.letterKind, letter.kind().wireName()) || a.letterYear != letter.year()
                || !Objects.equals(a.letterTitle, letter.title()) || !Objects.equals(a.letterDate, letter.date())
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
        a.letterKind = letter.kind().wireName();
        a.letterYear = letter.year();
        a.letterTitle = letter.title();
        a.letterDate = letter.date();
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

    private static void recordInitialStatus(Assignment assignment, ParsedLetter letter, ParsedAssignment parsed,
                                            Instant now) {
        StatusChange initial = new StatusChange();
        initial.assignment = assignment;
        initial.status = AssignmentStatus.NOT_STARTED;
        initial.statusDate = letter.date() != null ? letter.date() : LocalDate.ofInstant(now, ZoneOffset.UTC);
        initial.source = letterName(letter) + ", line " + parsed.source().line();
        initial.recordedBy = IMPORT_USER;
        initial.recordedAt = now;
        initial.persist();
    }

    private static String letterName(ParsedLetter letter) {
        if (letter.title() != null) {
            return letter.title();
        }
        return (letter.kind() == LetterKind.MAIN ? "Tildelingsbrev " : "Supplerende tildelingsbrev ") + letter.year();
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
