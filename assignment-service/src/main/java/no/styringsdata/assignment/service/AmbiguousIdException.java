package no.styringsdata.assignment.service;

import java.util.List;

/**
 * An assignment id that several agencies' letters give (two agencies' {@code TB2025-43}), asked for
 * without saying whose: the caller must choose, the service never picks one.
 */
public class AmbiguousIdException extends RuntimeException {

    private final String id;
    private final List<Candidate> candidates;

    public AmbiguousIdException(String id, List<Candidate> candidates) {
        super("Assignment " + id + " is given by " + candidates.size() + " agencies");
        this.id = id;
        this.candidates = List.copyOf(candidates);
    }

    public String id() {
        return id;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** One agency's assignment of that id. */
    public record Candidate(String agencyId, String agencyName, String ministryCode) {
    }
}
