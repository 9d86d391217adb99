package no.styringsdata.assignment.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Pattern;

/**
 * Where the other services' resources are at the front door, for the links in answers (an assignment's
 * budget posts and goal): paths the gateway routes, never hosts, as no service calls another. Each a path
 * from the root without a trailing slash, e.g. {@code styringsdata.links.budget=/api/budget}.
 */
@ConfigMapping(prefix = "styringsdata.links")
public interface LinkConfig {

    String PREFIX = "/[^/?#]+(/[^/?#]+)*";

    /** budget-service's prefix: its chapters and posts. */
    @Pattern(regexp = PREFIX)
    String budget();

    /** indicator-service's prefix: its goals. */
    @Pattern(regexp = PREFIX)
    String indicators();
}
