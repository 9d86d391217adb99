package no.styringsdata.reader.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.NorwegianDates;
import no.styringsdata.reader.text.Text;
import no.styringsdata.reader.text.WrappedLines;

/**
 * Reads what a document is and whose it is: kind, ministry, agency, year, date and title. By
 * structure rather than one template: from a title line where there is one ("Tildelingsbrev 2025 til
 * Helsedirektoratet"), else from the opening text ("… styringssignaler for Helsedirektoratet for
 * 2025"), else from what the whole text names most often.
 */
public final class IdentityReader {

    /** How far from the top a title, date or opening sentence may stand (non-blank lines). */
    private static final int HEAD_LINES = 60;

    private static final Pattern PROP_1_S = Pattern.compile("Prop\\.\\s*1\\s+S\\b");
    private static final Pattern CHAPTER_SUM = Pattern.compile("(?im)^\\s*Sum\\s+kap\\.?\\s*\\d{1,4}\\b");
    /** The session of a proposition's page heads: "2025–2026 Prop. 1 S", "Prop. 1 S 2025–2026", "Prop. 1 S (2025–2026)". */
    private static final Pattern SESSION = Pattern.compile("((?:19|20)\\d{2})\\s*[–-]\\s*((?:19|20)\\d{2})\\s+Prop\\.\\s*1\\s+S\\b"
            + "|Prop\\.\\s*1\\s+S\\s+\\(?((?:19|20)\\d{2})\\s*[–-]\\s*((?:19|20)\\d{2})\\b");

    /**
     * A title line of a letter: "Tildelingsbrev 2025 til X", "Supplerende tildelingsbrev nr. 2 – 2025",
     * "Statsbudsjettet 2024 – tildelingsbrev til X". Not a sentence that mentions "tildelingsbrevet".
     */
    private static final Pattern LETTER_TITLE = Pattern.compile(
            "(?iu)\\s*((?:statsbudsjett(?:et)?\\s+(?:for\\s+)?(?:19|20)\\d{2}\\s*[-–:,]\\s*)?"
                    + "(supplerende\\s+|tilleggs|tillegg\\s+(?:nr\\.?\\s*\\d+\\s+)?til\\s+|endring(?:er)?\\s+(?:av|i|til)\\s+)?"
                    + "tildelingsbrev(?!et\\s+\\p{Ll})\\w*\\b(?:(?!\\.\\s+\\p{Lu})[^;]){0,120}?)\\s*");
    private static final Pattern REPORT_TITLE = Pattern.compile("(?iu)\\s*(årsrapport(?:en)?\\b[^.;]{0,100}?)\\s*");
    /** An agency's name: capitalised words, with "for", "i" or "og" inside ("Universitetet i Oslo"). */
    private static final String NAME = "\\p{Lu}[\\p{L}\\d.\\-]*(?:,?\\s+(?:(?:for|i|og|på)\\s+)?[\\p{L}\\d][\\p{L}\\d.\\-]*){0,6}?";
    private static final String YEAR_TEXT = "(?:budsjettåret\\s+|året\\s+)?((?:19|20)\\d{2})\\b";
    /** The agency in a title: "Tildelingsbrev 2025 til X", "… for X for 2025", "Tildelingsbrev 2025 – X". */
    private static final Pattern TITLE_AGENCY = Pattern.compile("(?u)(?:\\b(?i:til|for)|(?:19|20)\\d{2}\\s*[–:-])\\s+(" + NAME
            + ")\\s*(?:$|[,:;(]|\\s+[–-]\\s|\\s+(?i:for|i)\\s+" + YEAR_TEXT + "|\\s+(?:19|20)\\d{2}\\b)");
    /** The opening sentence of a letter that has no title: "… styringssignaler for X for 2025". */
    private static final Pattern OPENING_AGENCY = Pattern.compile("(?u)\\b(?:for|til)\\s+(" + NAME + ")\\s+(?:for|i)\\s+"
            + YEAR_TEXT);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ASSIGNMENT_ID_YEAR = Pattern.compile("\\bTB\\s?((?:19|20)\\d{2})\\s*[-–]\\s*\\d");
    private static final Pattern STATEMENT_YEAR = Pattern.compile("(?im)^\\s*Bevilgningsrapportering\\s+31\\.\\s?12\\.\\s?((?:19|20)\\d{2})");
    private static final Pattern DATE_COLUMN = Pattern.compile("(?iu)\\bvår\\s+ref\\b.*\\bdato\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^\\s*(?:vår\\s+dato|dato|oslo)\\s*[:,.]?\\s*(.*)$");

    /** A single-word agency name: Helsedirektoratet, Folkehelseinstituttet, Arbeidstilsynet, Skatteetaten. */
    private static final Pattern AGENCY_WORD = Pattern.compile("(?u)\\b\\p{Lu}\\p{Ll}+(?:direktorat|tilsyn|etat|institutt"
            + "|verk|ombud|senter|råd|nemnd|register|kontor|fond|bibliotek|arkiv|forvaltning|politi)(?:et|en|a)s?\\b");
    /** A two-word agency name: "Statens helsetilsyn", "Norsk helsenett", "Statens legemiddelverk". */
    private static final Pattern AGENCY_PHRASE = Pattern.compile(
            "(?u)\\b(?:Statens|Norges|Norsk|Nasjonalt|Nasjonal)\\s+\\p{Ll}[\\p{Ll}\\-]+(?:verk|tilsyn|vesen|nett|råd|senter"
                    + "|bibliotek|arkiv|institutt|fond|innkreving|pensjonskasse|kartverk|havnevesen)\\b"
                    + "|\\bDirektoratet\\s+for\\s+[\\p{Ll}\\-]+(?:\\s+og\\s+[\\p{Ll}\\-]+|\\s+(?!og\\b|har\\b|skal\\b|er\\b|vil\\b|kan\\b)[\\p{Ll}]+)?");

    // Structure that tells the kinds apart where no title does.
    private static final Pattern STATEMENT = Pattern.compile("(?im)^\\s*Bevilgningsrapportering\\b");
    private static final Pattern REPORT_PARTS = Pattern.compile(
            "(?im)^\\s*(?:Leders\\s+(?:beretning|forord)|Ledelseskommentarer|(?:Styringsparameter|Nøkkeltall)\\s+\\d+\\s*:)");
    private static final Pattern MAIN_LETTER_MARKS = Pattern.compile("(?iu)\\bi\\s+dette\\s+tildelingsbrevet\\b"
            + "|styringssignal\\w*\\s+(?:for|til)\\s+\\p{Lu}|(?m)^\\s*\\d+\\.?\\s+Budsjettildeling\\w*\\s*$"
            + "|(?m)^\\s*(?:del\\s+[ivx]+\\s*[-–:]?\\s*)?tildeling\\s+av\\s+budsjettramme");
    private static final Pattern SUPPLEMENTARY_MARKS = Pattern.compile("(?im)^\\s*(?:nye\\s+oppdrag|budsjettildelinger"
            + "|budsjettendringer|endringer\\s+i\\s+(?:budsjett)?tildeling\\w*)\\s*:?\\s*$");
    private static final Pattern LETTER_WORDS = Pattern.compile("(?i)\\bTB\\d{4}\\s*[-–]\\s*\\d+|tildelingsbrev|tildeling");

    private IdentityReader() {
    }

    public static DocumentIdentity read(DocumentLines lines) {
        List<Integer> head = headLines(lines);
        String all = String.join("\n", lines.all());
        Title title = title(lines, head);
        DocumentKind kind = title != null ? title.kind : kindByStructure(all);
        String flatHead = WrappedLines.join(head.stream().map(lines::line).toList());
        Ministry ministry = kind == null ? null : ministry(flatHead, all);
        List<Agency> agencies = kind == null || kind == DocumentKind.PROP1S ? List.of()
                : agencies(kind, title, flatHead, all, ministry);
        Integer year = kind == null ? null : year(kind, title, flatHead, all);
        LocalDate date = kind != null && kind != DocumentKind.PROP1S ? date(lines, head) : null;
        String titleText = title != null ? title.text : madeTitle(kind, year, agencies, ministry);
        return new DocumentIdentity(kind, ministry, agencies, year, date, titleText, title != null ? title.line : 0);
    }

    private record Title(DocumentKind kind, String text, int line) {
    }

    /** The first title line near the top: a letter's or a report's, or the proposition's own. */
    private static Title title(DocumentLines lines, List<Integer> head) {
        for (int number : head) {
            String line = lines.line(number);
            Matcher letter = LETTER_TITLE.matcher(line);
            if (letter.matches() && Character.isUpperCase(line.strip().charAt(0))) {
                DocumentKind kind = letter.group(2) != null ? DocumentKind.SUPPLEMENTARY_LETTER
                        : DocumentKind.ALLOCATION_LETTER;
                return new Title(kind, Text.flat(letter.group(1)), number);
            }
            Matcher report = REPORT_TITLE.matcher(line);
            if (report.matches() && Character.isUpperCase(line.strip().charAt(0))) {
                return new Title(DocumentKind.ANNUAL_REPORT, Text.flat(report.group(1)), number);
            }
        }
        return null;
    }

    private static DocumentKind kindByStructure(String text) {
        if (text.isBlank()) {
            return null;
        }
        if (PROP_1_S.matcher(text).find() && CHAPTER_SUM.matcher(text).results().limit(2).count() == 2) {
            return DocumentKind.PROP1S;
        }
        String lower = Text.lower(text);
        if (lower.contains("årsrapport") && (STATEMENT.matcher(text).find() || REPORT_PARTS.matcher(text).find())
                && !MAIN_LETTER_MARKS.matcher(head(text)).find()) {
            return DocumentKind.ANNUAL_REPORT;
        }
        if (MAIN_LETTER_MARKS.matcher(text).find()) {
            return DocumentKind.ALLOCATION_LETTER;
        }
        if (SUPPLEMENTARY_MARKS.matcher(text).find() && LETTER_WORDS.matcher(text).find()) {
            return DocumentKind.SUPPLEMENTARY_LETTER;
        }
        return null;
    }

    /** The ministry the head names most often, else the whole text; for a proposition, its page heads. */
    private static Ministry ministry(String flatHead, String all) {
        List<Map.Entry<Ministry, Integer>> inHead = Ministries.namedIn(flatHead);
        if (!inHead.isEmpty()) {
            return inHead.get(0).getKey();
        }
        List<Map.Entry<Ministry, Integer>> inAll = Ministries.namedIn(WrappedLines.join(all.lines().toList()));
        return inAll.isEmpty() ? null : inAll.get(0).getKey();
    }

    /**
     * The agency from the title, else from the opening ("… for X for 2025"), else the one the head names
     * most often (a letter) or the whole text does (a report, or a letter whose head names none).
     */
    private static List<Agency> agencies(DocumentKind kind, Title title, String flatHead, String all, Ministry ministry) {
        Set<String> names = new LinkedHashSet<>();
        if (title != null) {
            Matcher m = TITLE_AGENCY.matcher(capitalisedWords(title.text));
            if (m.find()) {
                names.addAll(splitNames(m.group(1)));
            }
        }
        if (names.isEmpty() && kind.isLetter()) {
            Matcher opening = OPENING_AGENCY.matcher(flatHead);
            while (names.isEmpty() && opening.find()) {
                String name = opening.group(1);
                if (isAgencyName(name, ministry)) {
                    names.addAll(splitNames(name));
                }
            }
            mostNamedAgency(flatHead).filter(n -> names.isEmpty()).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            mostNamedAgency(WrappedLines.join(all.lines().toList())).ifPresent(names::add);
        }
        return names.stream().map(Agency::named).distinct().toList();
    }

    /** An upper-case title ("TILDELINGSBREV TIL POLITIDIREKTORATET") with its words capitalised, to find names in. */
    private static String capitalisedWords(String title) {
        if (!title.equals(Text.upper(title))) {
            return title;
        }
        StringBuilder words = new StringBuilder();
        for (String word : Text.lower(title).split(" ")) {
            if (!words.isEmpty()) {
                words.append(' ');
            }
            boolean connector = word.equals("i") || word.equals("og") || word.equals("på");
            words.append(connector || word.isEmpty() ? word : Text.upper(word.substring(0, 1)) + word.substring(1));
        }
        return words.toString();
    }

    /** Not the ministry itself, the government or parliament: "for Stortinget i 2025" names no agency. */
    private static boolean isAgencyName(String name, Ministry ministry) {
        String lower = Text.lower(name);
        return !lower.startsWith("stortinget") && !lower.startsWith("regjeringen") && !lower.startsWith("departementet")
                && !lower.contains("departement") && (ministry == null || !Agency.named(name).matches(ministry.name()));
    }

    /** "Helsedirektoratet og Statens helsetilsyn" names two agencies. */
    private static List<String> splitNames(String names) {
        return List.of(names.split("\\s*,\\s*(?=\\p{Lu})|\\s+og\\s+(?=\\p{Lu})"));
    }

    /** The agency name the text uses most often. */
    static Optional<String> mostNamedAgency(String flatText) {
        Map<String, Integer> counts = new HashMap<>();
        for (Pattern pattern : List.of(AGENCY_WORD, AGENCY_PHRASE)) {
            Matcher m = pattern.matcher(flatText);
            while (m.find()) {
                counts.merge(Agency.named(m.group()).name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey);
    }

    private static Integer year(DocumentKind kind, Title title, String flatHead, String all) {
        if (kind == DocumentKind.PROP1S) {
            Map<Integer, Integer> counts = new HashMap<>();
            Matcher m = SESSION.matcher(all);
            while (m.find()) {
                counts.merge(Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(4)), 1, Integer::sum);
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        if (title != null) {
            Matcher m = YEAR.matcher(title.text);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (kind == DocumentKind.ANNUAL_REPORT) {
            Matcher statement = STATEMENT_YEAR.matcher(all);
            if (statement.find()) {
                return Integer.valueOf(statement.group(1));
            }
            return mostCommon(YEAR, flatHead + "\n" + all, 1);
        }
        Matcher opening = OPENING_AGENCY.matcher(flatHead);
        if (opening.find()) {
            return Integer.valueOf(opening.group(2));
        }
        Integer byIds = mostCommon(ASSIGNMENT_ID_YEAR, all, 1);
        return byIds != null ? byIds : mostCommon(YEAR, flatHead, 1);
    }

    private static Integer mostCommon(Pattern pattern, String text, int group) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            counts.merge(Integer.valueOf(m.group(group)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The letter's date near the top: a date line ("Dato: 12.06.2025", "Vår dato 12.06.2025", "Oslo, 12. juni
     * 2025"), or a reference block whose header row has a "Dato" column and whose next row ends with the date.
     */
    private static LocalDate date(DocumentLines lines, List<Integer> head) {
        for (int h = 0; h < head.size(); h++) {
            String line = lines.line(head.get(h));
            Matcher m = DATE_LINE.matcher(line);
            if (m.matches()) {
                Optional<LocalDate> date = NorwegianDates.find(m.group(1), 0).stream()
                        .filter(d -> d.date() != null && !d.yearInferred() && d.start() == 0)
                        .map(NorwegianDates.Found::date).findFirst();
                if (date.isPresent()) {
                    return date.get();
                }
            }
            if (DATE_COLUMN.matcher(line).find() && h + 1 < head.size()) {
                List<NorwegianDates.Found> row = NorwegianDates.find(lines.line(head.get(h + 1)), 0).stream()
                        .filter(d -> d.date() != null && !d.yearInferred()).toList();
                if (!row.isEmpty()) {
                    return row.get(row.size() - 1).date();
                }
            }
        }
        return null;
    }

    static String madeTitle(DocumentKind kind, Integer year, List<Agency> agencies, Ministry ministry) {
        if (kind == null) {
            return null;
        }
        StringBuilder title = new StringBuilder(kind.label());
        if (kind == DocumentKind.PROP1S) {
            if (year != null) {
                title.append(" (").append(year - 1).append('–').append(year).append(')');
            }
            if (ministry != null) {
                title.append(' ').append(ministry.name());
            }
            return title.toString();
        }
        if (year != null) {
            title.append(' ').append(year);
        }
        if (!agencies.isEmpty()) {
            title.append(kind == DocumentKind.ANNUAL_REPORT ? " " : " til ").append(agencies.get(0).name());
        }
        return title.toString();
    }

    private static List<Integer> headLines(DocumentLines lines) {
        List<Integer> head = new ArrayList<>();
        for (int i = 1; i <= lines.size() && head.size() < HEAD_LINES; i++) {
            if (!lines.line(i).isBlank()) {
                head.add(i);
            }
        }
        return head;
    }

    private static String head(String text) {
        return String.join("\n", text.lines().limit(HEAD_LINES * 2L).toList());
    }
}
