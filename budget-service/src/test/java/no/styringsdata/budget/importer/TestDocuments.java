package no.styringsdata.budget.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.identity.ImportHints;
import no.styringsdata.reader.identity.Ministries;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;

/**
 * Documents as the import reads them before a parser sees them: a whole seed with the identity its text
 * gives, and a fixture cut from a seed with the identity of the document it was cut from (a few lines
 * do not say whose they are).
 */
final class TestDocuments {

    private TestDocuments() {
    }

    /** Asserts what a parser made of a whole document's identity: its kind, year and title. */
    static void assertIdentity(ParsedDocument document, DocumentKind kind, int year, String title) {
        assertEquals(kind, document.kind());
        assertEquals(year, document.year());
        assertEquals(title, document.title());
    }

    /** A whole document, its identity read from its text alone. */
    static ReadDocument read(String text) {
        return DocumentReader.read(text, ImportHints.NONE);
    }

    /**
     * Any text as if it were HOD's Prop. 1 S for 2026, whatever its text says it is: for a parser's own
     * refusal of what is not its kind (the reader would refuse it first).
     */
    static ReadDocument forcedProp1S(String text) {
        DocumentIdentity identity = new DocumentIdentity(DocumentKind.PROP1S, Ministries.byCode("HOD").orElseThrow(),
                List.of(), 2026, null, "Prop. 1 S (2025–2026) Helse- og omsorgsdepartementet", 0);
        return new ReadDocument(identity, DocumentLines.of(text), List.of());
    }

    /** Asserts that the parser refuses each text as a fixture of this kind and year (or the reader does). */
    static void assertRefused(Function<ReadDocument, ?> parser, DocumentKind kind, int year, String... texts) {
        for (String text : texts) {
            assertThrows(DocumentFormatException.class, () -> parser.apply(fixture(kind, year, text)), text);
        }
    }

    /** A fixture of HOD's documents: Prop. 1 S of the state, letters to and reports of Helsedirektoratet. */
    static ReadDocument fixture(DocumentKind kind, int year, String text) {
        return DocumentReader.read(text, new ImportHints(kind, "HOD",
                kind == DocumentKind.PROP1S ? null : "Helsedirektoratet", year));
    }
}
