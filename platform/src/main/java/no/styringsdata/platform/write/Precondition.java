package no.styringsdata.platform.write;

import no.styringsdata.platform.problem.Problems;

/**
 * What the caller asked to hold before a write: the version it last read ({@code If-Match}; null when
 * it sent none), or that nothing exists yet ({@code If-None-Match: *}). Broken, it is a 412.
 */
public record Precondition(Long expectedVersion, boolean createOnly) {

    /** Only {@code If-Match}, or nothing at all when {@code expectedVersion} is null. */
    public static Precondition ifMatch(Long expectedVersion) {
        return new Precondition(expectedVersion, false);
    }

    /** 412 unless the caller may write over {@code subject}, which is at version {@code current}. */
    public void requireVersion(long current, String subject) {
        if (createOnly) {
            throw Problems.staleVersion("You sent If-None-Match: *, but " + subject + " exists already (version "
                    + current + "). Read it, and send If-Match with its ETag to correct it.");
        }
        if (expectedVersion != null && expectedVersion != current) {
            throw Problems.staleVersion("You sent If-Match for version " + expectedVersion + " of " + subject
                    + ", but it is at version " + current + " now. Read it again and retry.");
        }
    }

    /** 412 when the caller expected a version of {@code subject}, which does not exist. */
    public void requireNoVersion(String subject) {
        if (expectedVersion != null) {
            throw Problems.staleVersion("You sent If-Match, but " + subject + " does not exist.");
        }
    }
}
