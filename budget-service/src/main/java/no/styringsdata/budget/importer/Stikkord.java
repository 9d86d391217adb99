package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stikkord (keywords) a post's name carries, which change the rules of the appropriation.
 *
 * @param transferable           {@code kan overføres}: unspent money may be carried to next year
 * @param estimateAppropriation  {@code overslagsbevilgning}: an estimate that may be exceeded
 * @param mayBeUsedUnderPosts    {@code kan nyttes under post 70} / {@code postene 72, 73 og 74}:
 *                               other posts of the same chapter the money may be spent on
 */
public record Stikkord(boolean transferable, boolean estimateAppropriation, List<Integer> mayBeUsedUnderPosts) {

    public static final Stikkord NONE = new Stikkord(false, false, List.of());

    private static final Pattern TRANSFERABLE = Pattern.compile(",?\\s*kan\\s+overføres", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESTIMATE = Pattern.compile(",?\\s*overslagsbevilgning", Pattern.CASE_INSENSITIVE);
    /** "kan nyttes under post 70", "kan benyttes under postene 72, 73, 74 og 75". */
    public static final Pattern MAY_BE_USED_UNDER = Pattern.compile(
            ",?\\s*kan\\s+(?:be)?nyttes\\s+under\\s+post(?:ene)?\\s+(\\d{2}(?:\\s*(?:,|og)\\s*\\d{2})*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POST_NUMBER = Pattern.compile("\\d{2}");
    private static final Pattern PARENTHESISED =
            Pattern.compile("\\(([^()]*\\b(?:kan|overslagsbevilgning)[^()]*)\\)");

    public Stikkord {
        mayBeUsedUnderPosts = List.copyOf(mayBeUsedUnderPosts);
    }

    /** A post name split into its plain name and its stikkord. */
    public record Name(String name, Stikkord stikkord) {
    }

    /**
     * Splits a letter's name cell, where the stikkord may also stand in parentheses ("Spesielle driftsutgifter
     * (kan nyttes under post 70 og 71)").
     */
    public static Name splitCell(String fullName) {
        return split(PARENTHESISED.matcher(fullName).replaceAll(", $1"));
    }

    /** Splits "Spesielle driftsutgifter, kan overføres, kan nyttes under post 70" into name and stikkord. */
    public static Name split(String fullName) {
        String text = fullName.replaceAll("\\s+", " ").trim();
        boolean transferable = TRANSFERABLE.matcher(text).find();
        boolean estimate = ESTIMATE.matcher(text).find();
        List<Integer> posts = new ArrayList<>();
        Matcher used = MAY_BE_USED_UNDER.matcher(text);
        while (used.find()) {
            Matcher number = POST_NUMBER.matcher(used.group(1));
            while (number.find()) {
                posts.add(Integer.parseInt(number.group()));
            }
        }
        String name = MAY_BE_USED_UNDER.matcher(text).replaceAll("");
        name = TRANSFERABLE.matcher(name).replaceAll("");
        name = ESTIMATE.matcher(name).replaceAll("");
        name = name.replaceAll("[\\s,]+$", "").trim();
        return new Name(name, new Stikkord(transferable, estimate, posts));
    }
}
