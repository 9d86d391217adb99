package no.styringsdata.platform.caching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET that reads the read version in the statement of its answer ({@link ReadVersion#SQL}) and hands it
 * to {@link QueriedReadVersion}: one statement, one snapshot, so the ETag is exactly that of the answer.
 * {@link ConditionalReads} then reads no read version before it, and decides {@code If-None-Match} once the answer
 * is read (a 304 then costs the read, but no second statement). An answer whose read handed none gets no ETag.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface VersionInQuery {
}
