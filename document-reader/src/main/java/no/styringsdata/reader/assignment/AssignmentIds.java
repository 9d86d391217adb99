package no.styringsdata.reader.assignment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.Text;

/**
 * Assignment ids in the one form the reader gives them ({@code TB2021-1}), however they are written:
 * "TB2021-01", "TB2021 - 01", "tb2021–1", "ID: TB2021-01". Lets a caller find an assignment by the id as the
 * letter wrote it.
 */
public final class AssignmentIds {

    private static final Pattern WRITTEN = Pattern.compile(
            "\\s*(?:id\\s*:\\s*)?(\\p{L}{1,4})\\s?-?\\s?((?:19|20)\\d{2})\\s?[-–]\\s?(\\d{1,3})\\s*", Pattern.CASE_INSENSITIVE);

    private AssignmentIds() {
    }

    /** The id in the reader's form; text that is no such id (a generated id, say) is returned stripped. */
    public static String canonical(String written) {
        Matcher m = WRITTEN.matcher(written);
        if (!m.matches()) {
            return written.strip();
        }
        return new AssignmentHeader.AssignmentId(Text.upper(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))).id();
    }
}
