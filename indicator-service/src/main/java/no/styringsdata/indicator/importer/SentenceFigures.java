package no.styringsdata.indicator.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.indicator.domain.Period;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.reader.text.NorwegianNumbers;

/**
 * Figures in running text that are bound to a unit and a year in so many words:
 * {@code 83 prosent i 2024}, {@code fra 2023 (53 %) til 2024 (48 %)}, {@code I 2023 hadde 133 731
 * brukere …}, {@code Det ble i 2023 meldt 332 nye tilfeller}, {@code 1849 godkjenninger i 2024 mot
 * 1493 i 2023}. Approximations ({@code nær 60 prosent}, {@code over 90 prosent}) and targets
 * ({@code målkravet på 90%}) are left alone, and so is every figure without both unit and year.
 */
final class SentenceFigures {

    private static final String NUM =
            "(?<![\\d,.])(?<num>\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?!\\d)";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?![\\d–-])";
    private static final String PART =
            "(?:(?<ordinal>\\d\\.|første|andre|tredje|fjerde)\\s+(?<partKind>kvartal|tertial)\\s+)?";
    private static final String PERCENT = "(?<percent>%|prosent\\b)";
    private static final String NOUN = "(?<noun>\\p{Ll}[\\p{L}-]{2,})\\b";
    /** Words between a sentence's year and its figure: no figure, no end of sentence or clause. */
    private static final String GAP = "[^.\\d:;,]{0,120}?";

    private static final List<FigurePattern> PATTERNS = List.of(
            // 83 prosent i 2024; 2,9 prosent i 4. kvartal 2024
            FigurePattern.of(NUM + "\\s?" + PERCENT + "\\s+i\\s+" + PART + YEAR),
            // fra 2023 (53 %) til 2024 (48 %)
            FigurePattern.of(YEAR + "\\s*\\(\\s*" + NUM + "\\s?" + PERCENT + "\\s*\\)"),
            // 89,9% av sakene på autorisasjonsområdet er i 2024 behandlet …
            FigurePattern.of(NUM + "\\s?" + PERCENT + "\\s+av\\s+[^.\\d:;]{0,80}?\\b(?:er|ble|var)\\s+i\\s+"
                    + PART + YEAR),
            // … var i 2023 77,1 prosent
            FigurePattern.of("\\bi\\s+" + PART + YEAR + "\\s+" + NUM + "\\s?" + PERCENT),
            // I 2024 var andelen … 27,18 %; I 2023 hadde 133 731 brukere; Det ble i 2023 meldt 332 nye tilfeller
            FigurePattern.opening("(?:(?<![\\p{L}\\d])I|\\bDet\\s+(?:ble|var)\\s+i)\\s+" + PART + YEAR + ",?\\s+"
                    + GAP + NUM + "\\s?(?:" + PERCENT + "|" + NOUN + ")"),
            // 1849 godkjenninger i 2024
            FigurePattern.of(NUM + "\\s+" + NOUN + "\\s+i\\s+" + PART + YEAR),
            // Ved utgangen av 2023 var median varighet … på 4,9 år
            FigurePattern.inYears("(?<![\\p{L}\\d])(?:I|Ved utgangen av)\\s+" + YEAR + "\\s+var\\s+[^.\\d:;]{0,120}?"
                    + "\\bpå\\s+" + NUM + "\\s+år\\b"),
            // var på 7,3 år for landets innbyggere i 2023
            FigurePattern.inYears("\\bvar\\s+på\\s+" + NUM + "\\s+år\\s+[^.\\d:;]{0,80}?\\bi\\s+" + YEAR),
            // … mot 1493 i 2023: in the unit of the figure before it in the sentence
            FigurePattern.inheritingUnit("\\b(?:mot|fra)\\s+" + NUM + "\\s+i\\s+" + YEAR));

    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?:\\bnær|\\bca\\.|\\bcirka|\\bom lag|\\brundt|\\bomkring|\\bover|\\bunder|\\bnesten|\\bbortimot"
                    + "|\\bopp mot|\\bdrøyt|\\bknapt|\\bminst|\\bmellom|\\bkant av)\\s*$");
    private static final Pattern TARGET =
            Pattern.compile("(?:målkrav\\p{L}*|prestasjonsmål\\p{L}*|\\bmålet?)\\b[^.]{0,20}$");
    /** A sentence about one part of the whole: {@code For Helse Nord er utviklingen 10,4 % i 2021, …}. */
    private static final Pattern PART_OPENING = Pattern.compile(
            "^(?:•\\s*)?(?:For|I)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})"
                    + "\\s+(?:er|var|har|hadde|ble)\\b");
    /** Words after a number that are not what is counted. */
    private static final Set<String> NOT_COUNTED = Set.of("av", "og", "til", "med", "per", "pr", "om", "mot",
            "fra", "for", "eller", "som", "der", "har", "hadde", "var", "er", "ble", "år", "års", "årene", "dager",
            "dag", "døgn", "uker", "uke", "måneder", "måned", "timer", "time", "minutter", "ganger", "prosent",
            "prosentpoeng", "kroner", "kr", "mill", "millioner", "mrd", "milliarder", "tusen", "tonn", "januar",
            "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
            "desember", "skala", "på", "i");
    private static final int LOOK_BEHIND = 30;

    private SentenceFigures() {
    }

    /** A figure read from the text. {@code part} is the part of the whole the sentence is about, or null. */
    record Found(int position, BigDecimal value, ValueUnit unit, Period period, String part, String sentence) {
    }

    static List<Found> in(String text) {
        List<Candidate> candidates = new ArrayList<>();
        for (FigurePattern pattern : PATTERNS) {
            Matcher matcher = pattern.regex().matcher(text);
            while (matcher.find()) {
                if (!pattern.opensSentence() || opensSentence(text, matcher.start())) {
                    pattern.candidate(matcher).ifPresent(candidates::add);
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::position));

        List<Found> found = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
            boolean samePosition = previous != null && previous.position() == candidate.position();
            if (samePosition || !isExact(text, candidate.position())) {
                continue;
            }
            String sentence = sentenceAround(text, candidate.position());
            ValueUnit unit = candidate.unit();
            if (candidate.inheritsUnit() && previous != null && previous.sentence().equals(sentence)) {
                unit = previous.unit();
            }
            Optional<BigDecimal> value = NorwegianNumbers.parseDecimal(candidate.number());
            if (unit == null || value.isEmpty() || unit == ValueUnit.COUNT && !isWhole(value.get())) {
                continue;
            }
            Matcher part = PART_OPENING.matcher(sentence);
            found.add(new Found(candidate.position(), value.get(), unit, candidate.period(),
                    part.find() ? part.group(1) : null, sentence));
        }
        return found;
    }

    static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** A figure preceded by "nær", "over", "rundt" … is an approximation; one after "målkravet på" a target. */
    private static boolean isExact(String text, int position) {
        String before = text.substring(Math.max(0, position - LOOK_BEHIND), position);
        return !APPROXIMATE.matcher(before).find() && !TARGET.matcher(before).find();
    }

    private static boolean opensSentence(String text, int position) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:•".indexOf(text.charAt(i)) >= 0;
    }

    /** The sentence around a position; a bullet starts a sentence of its own. */
    static String sentenceAround(String text, int position) {
        int start = 0;
        for (int i = position - 1; i > 0; i--) {
            if (text.charAt(i) == '•') {
                start = i;
                break;
            }
            if (isSentenceEnd(text, i)) {
                start = i + 2;
                break;
            }
        }
        int end = text.length();
        for (int i = position; i < text.length() - 1; i++) {
            if (text.charAt(i) == '•' || isSentenceEnd(text, i)) {
                end = text.charAt(i) == '•' ? i : i + 1;
                break;
            }
        }
        return text.substring(start, end).strip();
    }

    /** A full stop (or ! ?), a space, and a capital, a digit or a quote. */
    private static boolean isSentenceEnd(String text, int i) {
        if (".!?".indexOf(text.charAt(i)) < 0 || i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
            return false;
        }
        char next = text.charAt(i + 2);
        return Character.isUpperCase(next) || Character.isDigit(next) || "«\"“".indexOf(next) >= 0;
    }

    private record Candidate(int position, String number, ValueUnit unit, Period period, boolean inheritsUnit) {
    }

    /**
     * One way of stating a figure. Its unit is fixed ({@code år}), or the pattern's {@code percent}
     * or {@code noun} group tells it, or it is the unit of the figure before it in the sentence.
     */
    private record FigurePattern(Pattern regex, ValueUnit fixedUnit, boolean opensSentence, boolean inheritsUnit) {

        static FigurePattern of(String regex) {
            return new FigurePattern(Pattern.compile(regex), null, false, false);
        }

        static FigurePattern opening(String regex) {
            return new FigurePattern(Pattern.compile(regex), null, true, false);
        }

        static FigurePattern inYears(String regex) {
            return new FigurePattern(Pattern.compile(regex), ValueUnit.YEARS, false, false);
        }

        static FigurePattern inheritingUnit(String regex) {
            return new FigurePattern(Pattern.compile(regex), null, false, true);
        }

        /** The figure matched; empty when the word after it is not what is counted ("352 av …"). */
        Optional<Candidate> candidate(Matcher matcher) {
            ValueUnit unit = fixedUnit;
            if (has("percent") && matcher.group("percent") != null) {
                unit = ValueUnit.PERCENT;
            } else if (has("noun") && matcher.group("noun") != null) {
                if (NOT_COUNTED.contains(matcher.group("noun").toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                unit = ValueUnit.COUNT;
            }
            return Optional.of(new Candidate(matcher.start("num"), matcher.group("num"), unit, period(matcher),
                    inheritsUnit));
        }

        private Period period(Matcher matcher) {
            int year = Integer.parseInt(matcher.group("year"));
            if (!has("ordinal") || matcher.group("ordinal") == null) {
                return Period.year(year);
            }
            int part = switch (matcher.group("ordinal")) {
                case "første" -> 1;
                case "andre" -> 2;
                case "tredje" -> 3;
                case "fjerde" -> 4;
                default -> Character.getNumericValue(matcher.group("ordinal").charAt(0));
            };
            return matcher.group("partKind").equals("tertial")
                    ? Period.tertial(year, part) : Period.quarter(year, part);
        }

        private boolean has(String group) {
            return regex.pattern().contains("(?<" + group + ">");
        }
    }
}
