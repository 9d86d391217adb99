package no.styringsdata.reader.text;

/** Something the parser could not read, with the line it is on. */
public record ImportWarning(int line, String message) {
}
