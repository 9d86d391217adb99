package no.styringsdata.budget.importer;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.NorwegianNumbers;

/** Small facts several parsers read from a document: its agency, its date, amounts in prose. */
final class DocumentFacts {

    /** A state agency's name as one word: Helsedirektoratet, Statens helsetilsyn is not caught. */
    private static final Pattern AGENCY_WORD = Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+(?:direktoratet|tilsynet|etaten|instituttet|verket|ombudet)\\b");
    private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
    private static final Pattern WRITTEN_DATE = Pattern.compile("(\\d{1,2})\\.\\s*(\\p{L}+)\\s+(\\d{4})");
    /** The date line of a letter: "Dato: 12.06.2025", "Vår dato 12.06.2025", "Oslo, 12. juni 2025". */
    private static final Pattern LETTER_DATE_LINE = Pattern.compile(
            "(?i)^\\s*(?:(?:vår\\s+)?dato\\s*:?|oslo\\s*,?)\\s*(\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?\\d{4}|\\p{L}+\\s+\\d{4}))\\s*$");
    /** "2,4 mill. kroner", "750 000 kroner", "6 millioner kr". */
    static final Pattern PROSE_AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?)\\s*(mill\\.|millioner|mrd\\.|milliarder)?\\s*(?:kroner|kr\\b)");

    private DocumentFacts() {
    }

    /** The agency the document names most often, e.g. "Helsedirektoratet". */
    static Optional<String> mostFrequentAgency(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = AGENCY_WORD.matcher(text);
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** The date line of a letter, if it has one. */
    static Optional<LocalDate> letterDate(DocumentLines lines) {
        for (String line : lines.all()) {
            Matcher matcher = LETTER_DATE_LINE.matcher(line);
            if (matcher.matches()) {
                Optional<LocalDate> date = parseDate(matcher.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** "12.06.2025" or "12. juni 2025". */
    static Optional<LocalDate> parseDate(String text) {
        try {
            Matcher numeric = NUMERIC_DATE.matcher(text);
            if (numeric.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1))));
            }
            Matcher written = WRITTEN_DATE.matcher(text);
            if (written.find()) {
                int month = MONTHS.indexOf(written.group(2).toLowerCase(Locale.ROOT)) + 1;
                if (month > 0) {
                    return Optional.of(LocalDate.of(Integer.parseInt(written.group(3)), month,
                            Integer.parseInt(written.group(1))));
                }
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** An amount matched by {@link #PROSE_AMOUNT} in whole kroner. */
    static long proseAmountKroner(MatchResult amount) {
        BigDecimal number = NorwegianNumbers.parseDecimal(amount.group(1)).orElseThrow();
        String scale = amount.group(2);
        if (scale == null) {
            return number.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        }
        boolean billions = scale.equals("mrd.") || scale.equals("milliarder");
        return NorwegianNumbers.millionsToKroner(billions ? number.movePointRight(3) : number);
    }

    /** Whole kroner as the documents write them, for check details: "1 546 737 000". */
    static String kroner(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }
}
