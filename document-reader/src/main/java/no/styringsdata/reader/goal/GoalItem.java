package no.styringsdata.reader.goal;

import java.util.List;

/**
 * One item of a goal's list: a steering parameter, key figure, result requirement or long-term goal.
 *
 * @param label        the item's letter or number as written ("a)", "2)"), or null for a bullet
 * @param text         the text, wrapped lines joined and hyphenation repaired
 * @param subItems     the items written under it ("o …", "a. …" under a bullet), in order
 * @param requirements the prestasjonskrav written under a steering parameter; empty elsewhere
 * @param line         the line the item starts on
 */
public record GoalItem(String label, String text, List<String> subItems, List<GoalItem> requirements, int line) {

    public GoalItem {
        subItems = List.copyOf(subItems);
        requirements = List.copyOf(requirements);
    }
}
