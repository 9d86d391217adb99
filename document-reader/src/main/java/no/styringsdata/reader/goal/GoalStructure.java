package no.styringsdata.reader.goal;

import java.util.List;

/**
 * One goal of a letter with the lists under it. Every list may be empty: a goal with assignments only
 * is still a goal.
 *
 * @param number             the goal's number as written ("3.1" for a section, "1" for "Virksomhetsmål 1"),
 *                           or null when its heading gives none
 * @param title              the goal's title, wrapped lines joined, without a final full stop
 * @param area               the area heading as written ("Hovedområde 1") in the {@link GoalLayout#AREAS}
 *                           layout, else null
 * @param longTermGoals      the items under "Langsiktig(e) mål"
 * @param steeringParameters the items under "Styringsparametere"/"Styringsparametre"
 * @param keyFigures         the items under "Nøkkeltall"
 * @param resultRequirements the items under "Resultatkrav", or under a "Prestasjonskrav" that belongs
 *                           to no steering parameter
 * @param line               the line of the goal's heading
 */
public record GoalStructure(
        String number,
        String title,
        String area,
        GoalLayout layout,
        List<GoalItem> longTermGoals,
        List<GoalItem> steeringParameters,
        List<GoalItem> keyFigures,
        List<GoalItem> resultRequirements,
        int line) {

    public GoalStructure {
        longTermGoals = List.copyOf(longTermGoals);
        steeringParameters = List.copyOf(steeringParameters);
        keyFigures = List.copyOf(keyFigures);
        resultRequirements = List.copyOf(resultRequirements);
    }
}
