package no.styringsdata.assignment.importer;

import java.util.List;
import java.util.stream.Stream;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.assignment.AssignmentBlock;
import no.styringsdata.reader.assignment.AssignmentReader;
import no.styringsdata.reader.assignment.Deadline;
import no.styringsdata.reader.assignment.GoalRef;
import no.styringsdata.reader.assignment.ReadAssignments;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;

/**
 * An allocation letter (tildelingsbrev), main or supplementary, as this service keeps it: the document
 * reader reads the letter's identity and assignments, this maps them onto {@link ParsedLetter}. Pure:
 * text in, records and warnings out.
 */
public final class AllocationLetterParser {

    /**
     * @throws DocumentFormatException when the text is empty, holds no assignment, or does not say its year
     */
    public ParsedLetter parse(String text) {
        return parse(DocumentReader.read(text));
    }

    /** Maps a letter read once by the caller. */
    public ParsedLetter parse(ReadDocument document) {
        ReadAssignments read = AssignmentReader.read(document);
        if (read.blocks().isEmpty()) {
            throw new DocumentFormatException("No assignment id (such as TB2025-43) starts a line, and no "
                    + "assignment is listed under an \"Oppdrag\" heading: not an allocation letter with assignments", 0);
        }
        if (read.year() == null) {
            throw new DocumentFormatException("The letter does not say which budget year it is about", 0);
        }
        DocumentIdentity identity = document.identity();
        DocumentLines lines = document.lines();
        List<ParsedGoal> goals = read.goals().stream().map(g -> goal(g, lines)).toList();
        return new ParsedLetter(kind(identity, goals), read.year(), identity.titleMade() ? null : identity.title(),
                identity.date(), goals, read.blocks().stream().map(b -> assignment(b, lines)).toList(), read.warnings());
    }

    /** The kind the letter's identity gives; a letter of no known kind is the main one when it has goals. */
    private static LetterKind kind(DocumentIdentity identity, List<ParsedGoal> goals) {
        if (identity.kind() == DocumentKind.ALLOCATION_LETTER) {
            return LetterKind.MAIN;
        }
        if (identity.kind() == DocumentKind.SUPPLEMENTARY_LETTER) {
            return LetterKind.SUPPLEMENTARY;
        }
        return goals.isEmpty() ? LetterKind.SUPPLEMENTARY : LetterKind.MAIN;
    }

    private static ParsedGoal goal(GoalRef goal, DocumentLines lines) {
        return new ParsedGoal(goal.number(), goal.section(), goal.title(), lines.source(goal.line()));
    }

    /** A heading's further ids ("TB2023-25 og TB2023-26") are kept as references of its first. */
    private static ParsedAssignment assignment(AssignmentBlock block, DocumentLines lines) {
        GoalRef goal = block.goal();
        return new ParsedAssignment(
                block.id(),
                block.year(),
                block.number(),
                block.departments(),
                block.title(),
                block.text(),
                goal == null ? null : goal.number(),
                goal == null ? null : goal.title(),
                block.deadlines().stream().map(AllocationLetterParser::deadline).toList(),
                Stream.concat(block.combinedIds().stream(), block.referencedIds().stream()).distinct().toList(),
                block.postRefs().stream().map(p -> new PostRef(p.chapter(), p.post())).toList(),
                block.carriedOver(),
                lines.source(block.line()));
    }

    private static ParsedDeadline deadline(Deadline deadline) {
        return new ParsedDeadline(deadline.date(), deadline.label(), deadline.text(), deadline.yearInferred(),
                deadline.line());
    }
}
