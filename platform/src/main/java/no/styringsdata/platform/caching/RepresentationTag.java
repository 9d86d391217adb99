package no.styringsdata.platform.caching;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The strong ETag of a read's answer: a digest of what decides it, the read version and the request (its URI
 * with the query, and the headers that select the representation). Two requests with the same inputs get
 * the same bytes, so the tag is strong. 128 bits of SHA-256, base64url: 22 characters.
 */
public final class RepresentationTag {

    private RepresentationTag() {
    }

    /** @param inputs the read version first, then each part of the request that decides the answer */
    public static EntityTag of(List<String> inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String input : inputs) {
                // a separator that cannot occur in text, so that ("ab", "c") and ("a", "bc") differ
                digest.update(String.valueOf(input).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            byte[] hash = Arrays.copyOf(digest.digest(), 16);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * Whether an {@code If-None-Match} value names {@code tag} (RFC 9110 13.1.2: weak comparison, so
     * {@code W/"x"} matches {@code "x"}). {@code *} is not decided here. Anything unreadable matches nothing.
     */
    public static boolean named(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    && value.substring(1, value.length() - 1).equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code If-None-Match} value is {@code *}: any current representation. */
    public static boolean any(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
    }
}
