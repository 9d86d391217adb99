package no.styringsdata.reader.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.Text;

/**
 * The ministries of the Norwegian state, with the budget chapters each owns (expenditure
 * {@code n00–n99} and revenue {@code 3n00–3n99}; folketrygd chapters 25xx–29xx by area).
 */
public final class Ministries {

    private static final List<Ministry> ALL = List.of(
            ministry("UD", "Utenriksdepartementet", List.of(), 100, 199, 3100, 3199),
            ministry("KD", "Kunnskapsdepartementet", List.of(), 200, 299, 3200, 3299, 2410, 2410, 5310, 5310),
            ministry("KUD", "Kultur- og likestillingsdepartementet", List.of("Kulturdepartementet",
                    "Kultur- og kirkedepartementet"), 300, 399, 3300, 3399),
            ministry("JD", "Justis- og beredskapsdepartementet", List.of("Justisdepartementet"),
                    400, 499, 3400, 3499),
            ministry("KDD", "Kommunal- og distriktsdepartementet", List.of("Kommunal- og moderniseringsdepartementet",
                    "KMD", "Kommunal- og regionaldepartementet", "KRD"), 500, 599, 3500, 3599, 2412, 2412),
            ministry("DFD", "Digitaliserings- og forvaltningsdepartementet", List.of(), 1500, 1599, 4500, 4599),
            ministry("AID", "Arbeids- og inkluderingsdepartementet", List.of("Arbeids- og sosialdepartementet", "ASD"),
                    600, 699, 3600, 3699, 2540, 2690),
            ministry("HOD", "Helse- og omsorgsdepartementet", List.of(), 700, 799, 3700, 3799, 2711, 2799),
            ministry("BFD", "Barne- og familiedepartementet", List.of("Barne-, likestillings- og "
                    + "inkluderingsdepartementet", "BLD"), 800, 899, 3800, 3899, 2530, 2530),
            ministry("NFD", "Nærings- og fiskeridepartementet", List.of(), 900, 999, 3900, 3999, 2421, 2429),
            ministry("LMD", "Landbruks- og matdepartementet", List.of(), 1100, 1199, 4100, 4199),
            ministry("SD", "Samferdselsdepartementet", List.of(), 1300, 1399, 4300, 4399),
            ministry("KLD", "Klima- og miljødepartementet", List.of(), 1400, 1499, 4400, 4499),
            ministry("FIN", "Finansdepartementet", List.of(), 1600, 1699, 4600, 4699),
            ministry("FD", "Forsvarsdepartementet", List.of(), 1700, 1799, 4700, 4799),
            ministry("ED", "Energidepartementet", List.of("Olje- og energidepartementet", "OED"),
                    1800, 1899, 4800, 4899));

    /** "Helse- og omsorgsdepartementet", also in the genitive ("…departementets"). */
    private static final Pattern MINISTRY_NAME = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}]*(?:-,?\\s+(?:[\\p{L}]+-,?\\s+)*(?:og|eller)\\s+)?[\\p{L}]*departement)(?:et|ets)\\b");

    private Ministries() {
    }

    public static List<Ministry> all() {
        return ALL;
    }

    /** The ministry with this code, current or former ("OED" is ED), case-insensitive. */
    public static Optional<Ministry> byCode(String code) {
        String upper = Text.upper(code.strip());
        return ALL.stream().filter(m -> m.code().equals(upper) || m.formerNames().contains(upper)).findFirst();
    }

    /** The ministry a code or a name (current or former, any case, definite or not) stands for. */
    public static Optional<Ministry> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        Optional<Ministry> byCode = byCode(codeOrName);
        if (byCode.isPresent()) {
            return byCode;
        }
        String key = key(codeOrName);
        return ALL.stream().filter(m -> key(m.name()).equals(key)
                || m.formerNames().stream().anyMatch(former -> key(former).equals(key))).findFirst();
    }

    /** The ministry that owns a budget chapter. */
    public static Optional<Ministry> owningChapter(int chapter) {
        return ALL.stream().filter(m -> m.ownsChapter(chapter)).findFirst();
    }

    /** How often each known ministry is named in a (flat) text, most often first. */
    public static List<Map.Entry<Ministry, Integer>> namedIn(String flatText) {
        Map<Ministry, Integer> counts = new HashMap<>();
        Matcher m = MINISTRY_NAME.matcher(flatText);
        while (m.find()) {
            find(m.group(1) + "et").ifPresent(ministry -> counts.merge(ministry, 1, Integer::sum));
        }
        List<Map.Entry<Ministry, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<Ministry, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().code(), Comparator.naturalOrder()));
        return ranked;
    }

    /** A name as a comparison key: lower case, single spaces, without the definite or genitive ending. */
    private static String key(String name) {
        String flat = Text.lower(Text.flat(name));
        return flat.replaceAll("(?:et|ets)$", "");
    }

    private static Ministry ministry(String code, String name, List<String> formerNames, int... ranges) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < ranges.length; i += 2) {
            pairs.add(new int[] {ranges[i], ranges[i + 1]});
        }
        return new Ministry(code, name, formerNames, List.copyOf(pairs));
    }
}
