package no.styringsdata.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.platform.problem.Problems;

/** Optimistic locking over HTTP: a record's version is its ETag, and {@code If-Match} names the version a writer saw. */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names, or null when there is none. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw Problems.invalidField("header", "If-Match", "must be an ETag this API gave, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /**
     * Whether {@code If-None-Match: *} asks to create only (RFC 9110 13.1.2: the write is to fail with
     * 412 if the record exists). A list of ETags means nothing for a write here and is refused.
     */
    public static boolean createOnly(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (!ifNoneMatch.strip().equals("*")) {
            throw Problems.invalidField("header", "If-None-Match", "must be * (create only) on a write");
        }
        return true;
    }
}
