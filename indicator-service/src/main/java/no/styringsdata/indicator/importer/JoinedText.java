package no.styringsdata.indicator.importer;

import java.util.ArrayList;
import java.util.List;
import no.styringsdata.platform.importing.DocumentLines;

/**
 * Several document lines joined into one text as {@link DocumentLines#joinWrapped} does, keeping
 * for every character the line it came from, so that a figure found in the joined text can be
 * traced back to its line.
 */
final class JoinedText {

    private final String text;
    private final int[] starts;
    private final int[] lineNumbers;

    private JoinedText(String text, int[] starts, int[] lineNumbers) {
        this.text = text;
        this.starts = starts;
        this.lineNumbers = lineNumbers;
    }

    static JoinedText of(DocumentLines document, List<Integer> lineNumbers) {
        StringBuilder joined = new StringBuilder();
        String previous = null;
        List<Integer> startList = new ArrayList<>();
        List<Integer> numberList = new ArrayList<>();
        for (int number : lineNumbers) {
            String line = DocumentLines.joinWrapped(List.of(document.line(number)));
            if (line.isEmpty()) {
                continue;
            }
            startList.add(joined.length());
            numberList.add(number);
            if (previous != null) {
                // Each seam is joined as joinWrapped joins it: with a space, or by removing a hyphen.
                boolean hyphenRepaired = !DocumentLines.joinWrapped(List.of(previous, line))
                        .equals(previous + " " + line);
                if (hyphenRepaired) {
                    joined.setLength(joined.length() - 1);
                } else {
                    joined.append(' ');
                }
            }
            joined.append(line);
            previous = line;
        }
        return new JoinedText(joined.toString(),
                startList.stream().mapToInt(Integer::intValue).toArray(),
                numberList.stream().mapToInt(Integer::intValue).toArray());
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The line the character at {@code offset} came from; the first line for an empty text. */
    int lineAt(int offset) {
        int line = lineNumbers.length == 0 ? 0 : lineNumbers[0];
        for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
            line = lineNumbers[i];
        }
        return line;
    }
}
