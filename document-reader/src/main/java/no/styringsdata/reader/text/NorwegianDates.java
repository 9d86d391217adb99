package no.styringsdata.reader.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the letters write them: {@code 31.12.2025}, {@code 31.12.25}, {@code 01.08 2025},
 * {@code 1. juni 2026}, {@code 31.mai 2025}, and without a year {@code 1. mars}.
 */
public final class NorwegianDates {

    /** A date found in a text; {@code date} is null when the day and month do not make a date (31.02). */
    public record Found(LocalDate date, boolean yearInferred, int start, int end, String written) {
    }

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2})|\\.?\\s(\\d{4}))(?!\\d)");
    private static final Pattern WORDED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s*(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november"
                    + "|desember|jan\\.|feb\\.|mar\\.|apr\\.|aug\\.|sept?\\.|okt\\.|nov\\.|des\\.)(?!\\p{L})(?:\\s+(\\d{4})(?!\\d))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> MONTH_STEMS =
            List.of("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des");

    private NorwegianDates() {
    }

    /** Every date in the text, in order; a date without a year takes {@code defaultYear}. */
    public static List<Found> find(String text, int defaultYear) {
        List<Found> found = new ArrayList<>();
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            String yearText = numeric.group(3) != null ? numeric.group(3) : numeric.group(4);
            int year = Integer.parseInt(yearText);
            found.add(make(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
                    year < 100 ? 2000 + year : year, false, numeric, text));
        }
        Matcher worded = WORDED.matcher(text);
        while (worded.find()) {
            int month = MONTH_STEMS.indexOf(worded.group(2).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1;
            boolean inferred = worded.group(3) == null;
            int year = inferred ? defaultYear : Integer.parseInt(worded.group(3));
            found.add(make(Integer.parseInt(worded.group(1)), month, year, inferred, worded, text));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The first whole date (with its year) the text gives: "12.06.2025", "Oslo, 12. juni 2025". */
    public static Optional<LocalDate> first(String text) {
        return find(text, 0).stream().filter(d -> d.date() != null && !d.yearInferred()).map(Found::date).findFirst();
    }

    private static Found make(int day, int month, int year, boolean inferred, Matcher m, String text) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            date = null;
        }
        return new Found(date, inferred, m.start(), m.end(), text.substring(m.start(), m.end()));
    }
}
