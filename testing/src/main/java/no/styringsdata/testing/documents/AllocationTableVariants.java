package no.styringsdata.testing.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of the 2025 allocation letter's tables ({@code 4.1 Utgifter}, {@code 4.2 Inntekter}) made in test
 * code, to prove that a reader finds and reads allocation tables by their structure and not by one letter's
 * spelling: other headings, other columns, another unit, other sections. Each keeps the allocation of every
 * kap./post (or says how it changes it). They work on the seed's text as it is: rows start with
 * {@code 701.21}, the amount in 1 000 kroner is the first whole number of a row that is not a stikkord's post
 * number, and may wrap ("15 104" + "900").
 */
public final class AllocationTableVariants {

    private static final Pattern ROW = Pattern.compile("^(\\s*)(\\d{3,4})\\.(\\d{2})\\b(.*)$");
    private static final Pattern UNIT_LINE = Pattern.compile("^\\(alle tall i 1 000 kroner\\)\\s*$");
    private static final Pattern HEADER = Pattern.compile("^Kap\\./post Benevnelse Tildeling\\s*$");
    private static final Pattern COMMENT_HEADING = Pattern.compile("^Kommentarer\\s*$");
    private static final Pattern AMOUNT = Pattern.compile("(?<=^|\\s)\\d{1,3}(?: \\d{3})*(?=\\s|$)");
    private static final Pattern POST_CONTEXT = Pattern.compile("(?i).*\\bpost(?:ene)?\\s*$");
    private static final Pattern WRAPPED_GROUP = Pattern.compile("^\\d{3}(?: \\d{3})*\\s*$");

    private AllocationTableVariants() {
    }

    /** Where a row's amount is written: from (line, column) to (line, column), 0-based lines. */
    private record Site(int firstLine, int start, int lastLine, int end, long thousands) {
    }

    /** The seed's header "Kap./post Benevnelse Tildeling" (and its "Kommentarer" line) renamed. */
    public static String withHeader(String text, String header, String commentHeading) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (HEADER.matcher(lines.get(i)).matches()) {
                lines.set(i, header + " ");
            } else if (COMMENT_HEADING.matcher(lines.get(i)).matches()) {
                lines.set(i, commentHeading + " ");
            }
        }
        return String.join("\n", lines);
    }

    /** "Kap.post Formål Bevilgning 2025 Merknad": the only amount column is the year's appropriation. */
    public static String renamedHeadings(String text) {
        return withHeader(text, "Kap.post Formål Bevilgning 2025", "Merknad");
    }

    /**
     * An amount column "Saldert budsjett 2025" before "Tildeling 2025": every row gets a saldert budsjett 1 000
     * (in the table's unit) above its allocation, so that reading the wrong column shows. Apply after
     * {@link #inKroner}, not before: that one edits the first amount of each row.
     */
    public static String withSavedBudgetColumn(String text) {
        String header = withHeader(text, "Kap./post Benevnelse Saldert budsjett 2025 Tildeling 2025", "Kommentarer");
        return editAmounts(header, (lines, site) -> {
            String line = lines.get(site.firstLine());
            lines.set(site.firstLine(), line.substring(0, site.start()) + thousands(site.thousands() + 1000) + " "
                    + line.substring(site.start()));
        });
    }

    /** The unit changed to kroner: the unit lines say "(beløp i kroner)" and every amount is written ×1000. */
    public static String inKroner(String text) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (UNIT_LINE.matcher(lines.get(i)).matches()) {
                lines.set(i, "(beløp i kroner) ");
            }
        }
        return editAmounts(String.join("\n", lines), (edited, site) -> {
            String line = edited.get(site.lastLine());
            edited.set(site.lastLine(), line.substring(0, site.end()) + " 000" + line.substring(site.end()));
        });
    }

    /**
     * Kap. and post in two columns ("Kap. Post Benevnelse Tildeling"): a chapter's first row is written
     * "701 21 Spesielle", the rows after it give only the post ("21 Spesielle", "60 Tilskudd til").
     */
    public static String separateChapterAndPost(String text) {
        List<String> lines = lines(withHeader(text, "Kap. Post Benevnelse Tildeling", "Kommentarer"));
        String previousChapter = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            if (row.matches()) {
                String chapter = row.group(2);
                lines.set(i, row.group(1) + (chapter.equals(previousChapter) ? "" : chapter + " ") + row.group(3)
                        + row.group(4));
                previousChapter = chapter;
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Table 4.1 split into sections 4.1.1, 4.1.2, … one per group of chapters (701–709, 714–717, …; the
     * hundreds for the folketrygd's 27xx), each with its heading, unit line and own header row; the seed's unit
     * and header lines above the first row go. Adds lines.
     */
    public static String splitIntoSections(String text) {
        List<String> lines = lines(text);
        List<String> out = new ArrayList<>();
        int section = 0;
        String group = null;
        boolean inExpenditure = false;
        for (String line : lines) {
            if (line.startsWith("4.1. Utgifter")) {
                inExpenditure = true;
            } else if (line.startsWith("4.2. Inntekter")) {
                inExpenditure = false;
            }
            boolean seedHeader = UNIT_LINE.matcher(line).matches() || HEADER.matcher(line).matches()
                    || COMMENT_HEADING.matcher(line).matches();
            if (inExpenditure && seedHeader && section == 0) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inExpenditure && row.matches()) {
                String chapter = row.group(2);
                String rowGroup = chapter.substring(0, chapter.length() - 1 - (chapter.length() == 4 ? 1 : 0));
                if (!rowGroup.equals(group)) {
                    group = rowGroup;
                    section++;
                    String digits = chapter.length() == 4 ? "00" : "0";
                    String last = chapter.length() == 4 ? "99" : "9";
                    out.addAll(List.of("", "4.1." + section + " Kapitlene " + rowGroup + digits + "–" + rowGroup + last
                            + " ", "",
                            "(alle tall i 1 000 kroner) ", "", "Kap./post Benevnelse Tildeling ", "", "Kommentarer ", ""));
                }
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /**
     * Chapter 4 (Budsjettildeling) and chapter 5 (Styring og kontroll) swap places and numbers: the tables
     * stand in 5.1 Utgifter and 5.2 Inntekter.
     */
    public static String movedToChapterFive(String text) {
        List<String> lines = lines(text);
        int four = firstLine(lines, "^\\s*4\\. Budsjettildeling.*");
        int five = firstLine(lines, "^\\s*5\\. Styring og kontroll.*");
        int six = firstLine(lines, "^\\s*6\\. Styringsdialog.*");
        List<String> out = new ArrayList<>(lines.subList(0, four));
        out.addAll(renumber(lines.subList(five, six), 5, 4));
        out.addAll(renumber(lines.subList(four, five), 4, 5));
        out.addAll(lines.subList(six, lines.size()));
        return String.join("\n", out);
    }

    private static List<String> renumber(List<String> block, int from, int to) {
        Pattern heading = Pattern.compile("^(\\s*)" + from + "((?:\\.\\d+)*\\.?\\s+\\p{Lu}.*)$");
        return block.stream().map(line -> {
            Matcher m = heading.matcher(line);
            return m.matches() ? m.group(1) + to + m.group(2) : line;
        }).toList();
    }

    private static int firstLine(List<String> lines, String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(regex)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line matches " + regex);
    }

    /** An edit of one amount; sites are edited from the last to the first so that earlier positions hold. */
    private interface AmountEdit {
        void apply(List<String> lines, Site site);
    }

    private static String editAmounts(String text, AmountEdit edit) {
        List<String> lines = lines(text);
        List<Site> sites = sites(lines);
        for (int i = sites.size() - 1; i >= 0; i--) {
            edit.apply(lines, sites.get(i));
        }
        return String.join("\n", lines);
    }

    /** Every row's amount: the first whole number after its kap.post that is not a stikkord's post number. */
    private static List<Site> sites(List<String> lines) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            if (!row.matches()) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            int from = row.start(4);
            for (int n = i; n < lines.size() && (n == i || !ROW.matcher(lines.get(n)).matches()); n++) {
                String line = lines.get(n);
                Matcher amount = AMOUNT.matcher(line);
                amount.region(n == i ? from : 0, line.length());
                Site site = null;
                while (amount.find()) {
                    String before = name + " " + line.substring(n == i ? from : 0, amount.start());
                    if (!(amount.group().length() == 2 && POST_CONTEXT.matcher(before).matches())) {
                        site = site(lines, n, amount);
                        break;
                    }
                }
                if (site != null) {
                    sites.add(site);
                    break;
                }
                name.append(' ').append(line.strip());
            }
        }
        return sites;
    }

    /** The amount found, with its wrapped last group ("15 104" + "900") where the next line holds one. */
    private static Site site(List<String> lines, int n, Matcher amount) {
        long thousands = Long.parseLong(amount.group().replace(" ", ""));
        if (lines.get(n).substring(amount.end()).isBlank()) {
            for (int next = n + 1; next < lines.size(); next++) {
                if (lines.get(next).isBlank()) {
                    continue;
                }
                if (WRAPPED_GROUP.matcher(lines.get(next)).matches()) {
                    String groups = lines.get(next).strip();
                    long value = thousands;
                    for (String group : groups.split(" ")) {
                        value = value * 1000 + Long.parseLong(group);
                    }
                    return new Site(n, amount.start(), next, lines.get(next).indexOf(groups) + groups.length(), value);
                }
                break;
            }
        }
        return new Site(n, amount.start(), n, amount.end(), thousands);
    }

    /** "1 589 294". */
    static String thousands(long value) {
        String digits = Long.toString(value);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
