package no.styringsdata.reader.text;

/** Where a figure was read: 1-based line number in the document, and the text as written there. */
public record SourceLine(int line, String text) {
}
