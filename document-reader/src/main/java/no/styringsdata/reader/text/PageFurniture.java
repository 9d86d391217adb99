package no.styringsdata.reader.text;

import java.util.regex.Pattern;

/** Lines the PDF extraction leaves behind from page headers and footers. */
public final class PageFurniture {

    private static final Pattern FURNITURE = Pattern.compile(
            "\\s*(?:Side\\s+\\d+(?:\\s+av\\s+\\d+)?|\\d{1,3}|[ÅåA]rsrapport\\s+\\d{4}\\s+\\d{1,3})\\s*");

    private PageFurniture() {
    }

    public static boolean is(String line) {
        return FURNITURE.matcher(line).matches();
    }
}
