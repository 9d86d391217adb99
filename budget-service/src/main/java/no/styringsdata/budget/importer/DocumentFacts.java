package no.styringsdata.budget.importer;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.NorwegianNumbers;

/** Small facts several parsers read from a document: amounts in prose, kroner as the documents write them. */
final class DocumentFacts {

    /** "2,4 mill. kroner", "750 000 kroner", "6 millioner kr". */
    static final Pattern PROSE_AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?)\\s*(mill\\.|millioner|mrd\\.|milliarder)?\\s*(?:kroner|kr\\b)");

    private DocumentFacts() {
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
