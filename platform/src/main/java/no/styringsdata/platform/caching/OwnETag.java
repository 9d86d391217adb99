package no.styringsdata.platform.caching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET whose 200 always carries an ETag of its own: the record's version, read in the same statement as
 * the answer, for writers' {@code If-Match}. {@link ConditionalReads} then reads no read version for it (the
 * representation tag would never be sent: a record's tag is kept and never answered with 304), which saves a
 * statement on every such read.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnETag {
}
