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
}
