package no.styringsdata.reader.goal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.Text;

/**
 * The headings a goal chapter is made of, in any case and with or without a section number: the
 * heading of a goal ("Virksomhetsmål 1: …", "Hovedområde 2 – …") and the heading of one of its lists
 * ("3.1.1. Styringsparametere", "Styringsparametre for 2025", "NØKKELTALL", "Prestasjonskrav: …").
 */
final class GoalHeadings {

    private static final String SECTION_NUMBER = "(?:(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+)?";
    private static final Pattern LIST = Pattern.compile("(?iu)\\s*" + SECTION_NUMBER
            + "(langsiktige?\\s+mål\\p{L}*|styringsparamet\\p{L}*|nøkkeltall\\p{L}*|resultatkrav\\p{L}*|prestasjonskrav\\p{L}*)"
            + "(?:\\s+(?:for|i)\\s+(?:\\d{4}|\\p{L}+)|\\s+og\\s+\\p{L}+(?:\\s+for\\s+\\d{4})?)?"
            + "\\s*(?::\\s*(.*?))?\\s*");
    private static final Pattern AREA = Pattern.compile("(?iu)\\s*" + SECTION_NUMBER
            + "((?:hoved|innsats|resultat|mål|fag)område|sektor)(?:\\s+(\\d{1,2}|[ivx]{1,4}))?\\s*[:.–-]\\s*(\\S.*?)\\s*");
    private static final Pattern LABELLED = Pattern.compile("(?iu)\\s*" + SECTION_NUMBER
            + "(virksomhetsmål|hovedmål|delmål|mål)\\s+(\\d{1,2}(?:\\.\\d{1,2})?|[ivx]{1,4})\\s*[:.)–-]\\s*(\\S.*?)\\s*");

    private GoalHeadings() {
    }

    enum ListKind { LONG_TERM_GOALS, STEERING_PARAMETERS, KEY_FIGURES, RESULT_REQUIREMENTS, PERFORMANCE_REQUIREMENTS }

    /**
     * @param sectionNumber the heading's section number ("3.1.1"), or null
     * @param inline        text after a colon on the heading's own line, or null
     */
    record ListHeading(ListKind kind, String sectionNumber, String inline) {
    }

    /**
     * @param label  the goal's kind and number as written ("Hovedområde 1", "Virksomhetsmål 2")
     * @param number its number ("1", "II"), or null
     */
    record GoalHeading(GoalLayout layout, String label, String number, String title) {
    }

    static Optional<ListHeading> list(String line) {
        Matcher m = LIST.matcher(line);
        if (!m.matches() || !Character.isUpperCase(m.group(2).charAt(0))) {
            return Optional.empty();
        }
        String word = Text.lower(m.group(2));
        ListKind kind = word.startsWith("langsiktig") ? ListKind.LONG_TERM_GOALS
                : word.startsWith("styringsparamet") ? ListKind.STEERING_PARAMETERS
                : word.startsWith("nøkkeltall") ? ListKind.KEY_FIGURES
                : word.startsWith("resultatkrav") ? ListKind.RESULT_REQUIREMENTS
                : ListKind.PERFORMANCE_REQUIREMENTS;
        String inline = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3);
        return Optional.of(new ListHeading(kind, m.group(1), inline));
    }

    static Optional<GoalHeading> goal(String line) {
        for (Pattern pattern : new Pattern[] {AREA, LABELLED}) {
            Matcher m = pattern.matcher(line);
            if (m.matches() && Character.isUpperCase(m.group(2).charAt(0))) {
                String label = m.group(3) == null ? m.group(2) : m.group(2) + " " + m.group(3);
                return Optional.of(new GoalHeading(pattern == AREA ? GoalLayout.AREAS : GoalLayout.LABELLED_GOALS,
                        label, m.group(3), m.group(4)));
            }
        }
        return Optional.empty();
    }
}
