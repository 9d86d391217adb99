package no.styringsdata.indicator.importer;

/**
 * How a value was read, so that the service can tell a table cell from a figure picked out of a
 * sentence (which may describe only part of what the indicator measures; its note says which).
 */
public enum ValueOrigin {
    /** A cell of a key-figure table. */
    TABLE("table"),
    /** A line of the form {@code Label: 97,6% (prestasjonsmål 90%)}, or a bare figure under a heading. */
    LABELLED_LINE("labelled_line"),
    /** A figure tied to a year in a sentence, e.g. {@code 83 prosent i 2024}; the note holds the sentence. */
    SENTENCE("sentence"),
    /** The report gives only prose for the indicator: no number, the text is the result. */
    PROSE_ONLY("prose_only");

    private final String wireName;

    ValueOrigin(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
