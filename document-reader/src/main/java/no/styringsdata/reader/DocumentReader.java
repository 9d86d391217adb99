package no.styringsdata.reader;

import no.styringsdata.reader.identity.IdentityReader;
import no.styringsdata.reader.identity.ImportHints;
import no.styringsdata.reader.structure.SectionReader;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;

/** The one entry point: a document's text in, its {@link ReadDocument} out. Pure and thread-safe. */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads the text as it stands: its identity may be incomplete (a kind, ministry, agency or year
     * the text does not give is null).
     *
     * @throws DocumentFormatException when the text is empty or not text (a NUL character)
     */
    public static ReadDocument read(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentFormatException("The text is empty", 0);
        }
        DocumentLines lines = DocumentLines.of(text);
        return new ReadDocument(IdentityReader.read(lines), lines, SectionReader.read(lines));
    }

    /**
     * Reads the text and completes its identity with what the importer was told.
     *
     * @throws no.styringsdata.reader.identity.IdentityException naming the parameter when a hint
     *         contradicts the text or the identity cannot be completed
     */
    public static ReadDocument read(String text, ImportHints hints) {
        ReadDocument read = read(text);
        return new ReadDocument(hints.applyTo(read.identity()), read.lines(), read.sections());
    }
}
