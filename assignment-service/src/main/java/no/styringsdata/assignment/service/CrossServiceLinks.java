package no.styringsdata.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import no.styringsdata.assignment.config.LinkConfig;
import no.styringsdata.assignment.entity.Assignment;

/**
 * The paths, relative to the front door, of the resources of other services an assignment refers to: a
 * kap./post's chapter or post in budget-service, and its goal in indicator-service. Made from what the
 * assignment says, without asking those services: a reference to something they do not hold answers 404
 * there (a goal: an empty list).
 */
@ApplicationScoped
public class CrossServiceLinks {

    @Inject
    LinkConfig config;

    /** {@code /api/budget/chapters/714} for a whole chapter, {@code /api/budget/chapters/714/posts/21} for a post. */
    public String budget(int chapter, Integer post) {
        return config.budget() + "/chapters/" + chapter + (post == null ? "" : "/posts/%02d".formatted(post));
    }

    /**
     * The goal tree of the letter's year narrowed to the assignment's goal, ministry and agency
     * ({@code /api/indicators/goals?year=2025&number=7&ministry=HOD&agency=helsedirektoratet}); null without a goal.
     */
    public String goal(Assignment a) {
        if (a.goalNumber == null) {
            return null;
        }
        return UriBuilder.fromPath(config.indicators()).path("goals").queryParam("year", a.letterYear)
                .queryParam("number", a.goalNumber).queryParam("ministry", a.ministryCode)
                .queryParam("agency", a.agency.id).build().toString();
    }
}
