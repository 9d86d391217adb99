package no.styringsdata.reader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Several document lines joined into one text as {@link WrappedLines#join} does, keeping
 * for every character the line it came from, so that a figure found in the joined text can be
 * traced back to its line.
 */
public final class TracedText {

    private final String text;
    private final int[] starts;
    private final int[] lineNumbers;

    private TracedText(String text, int[] starts, int[] lineNumbers) {
        this.text = text;
        this.starts = starts;
        this.lineNumbers = lineNumbers;
    }

    public static TracedText of(DocumentLines document, List<Integer> lineNumbers) {
        StringBuilder joined = new StringBuilder();
        String previous = null;
        List<Integer> startList = new ArrayList<>();
        List<Integer> numberList = new ArrayList<>();
        for (int number : lineNumbers) {
            String line = WrappedLines.join(List.of(document.line(number)));
            if (line.isEmpty()) {
                continue;
            }
            startList.add(joined.length());
            numberList.add(number);
            if (previous != null) {
                // Each seam is joined as WrappedLines.join joins it: with a space, closed up, or by
                // removing a hyphen.
                String seam = WrappedLines.join(List.of(previous, line));
                if (seam.equals(previous + " " + line)) {
                    joined.append(' ');
                } else if (!seam.equals(previous + line)) {
                    joined.setLength(joined.length() - 1);
                }
            }
            joined.append(line);
            previous = line;
        }
        return new TracedText(joined.toString(),
                startList.stream().mapToInt(Integer::intValue).toArray(),
                numberList.stream().mapToInt(Integer::intValue).toArray());
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The line the character at {@code offset} came from; the first line for an empty text. */
    public int lineAt(int offset) {
        int line = lineNumbers.length == 0 ? 0 : lineNumbers[0];
        for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
            line = lineNumbers[i];
        }
        return line;
    }
}
