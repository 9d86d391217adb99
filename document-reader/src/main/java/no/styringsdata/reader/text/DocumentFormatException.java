package no.styringsdata.reader.text;

/** The text is not a readable document of the expected kind; nothing of it may be imported. */
public class DocumentFormatException extends RuntimeException {

    private final int line;

    public DocumentFormatException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** 1-based line the problem was found on, or 0 when it concerns the whole document. */
    public int line() {
        return line;
    }
}
