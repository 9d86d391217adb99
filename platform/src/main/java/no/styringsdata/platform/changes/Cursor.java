package no.styringsdata.platform.changes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the change feed: the position of the last entry a client has seen and that entry's tag, as
 * {@code 1234.9f2c1a7e}; {@link #START} is before the first entry. The tag makes a cursor name one entry of
 * one history of the database: after a restore of an earlier backup, new entries take positions a client may
 * already have passed, with other tags.
 */
public record Cursor(long position, String tag) {

    public static final Cursor START = new Cursor(0, null);

    /** What the {@code since} parameter takes. */
    public static final String PATTERN = "^(0|[1-9][0-9]{0,17}\\.[0-9a-f]{8})$";
    /** The longest cursor {@link #PATTERN} allows: 18 digits, a dot, 8 hex digits. */
    public static final int LENGTH = 18 + 1 + 8;

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,17})\\.([0-9a-f]{8})");

    /** The cursor {@code text} stands for, if it has a cursor's form. */
    public static Optional<Cursor> parse(String text) {
        if ("0".equals(text)) {
            return Optional.of(START);
        }
        Matcher form = FORM.matcher(text);
        return form.matches() ? Optional.of(new Cursor(Long.parseLong(form.group(1)), form.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return tag == null ? "0" : position + "." + tag;
    }
}
