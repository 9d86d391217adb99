package no.styringsdata.reader;

import java.util.List;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.structure.Section;
import no.styringsdata.reader.text.DocumentLines;

/**
 * A document as the reader sees it: its identity, its lines and its outline. The parts each service
 * needs (allocation tables, assignment blocks, goal structures) are read from it by their own
 * readers, so that a service reads only what it maps.
 *
 * @param identity what the document is and whose it is
 * @param lines    the normalised text, line by line, numbered as sent
 * @param sections the outline, in document order
 */
public record ReadDocument(DocumentIdentity identity, DocumentLines lines, List<Section> sections) {

    /** The innermost section that holds the line, or null before the first heading. */
    public Section sectionAt(int line) {
        Section innermost = null;
        for (Section section : sections) {
            if (section.contains(line) && (innermost == null || section.level() > innermost.level())) {
                innermost = section;
            }
        }
        return innermost;
    }
}
