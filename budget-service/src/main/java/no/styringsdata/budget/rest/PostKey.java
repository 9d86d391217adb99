package no.styringsdata.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The path of one post, {@code /chapters/{chapter}/posts/{post}}, as its reads and writes take it. */
public class PostKey {

    @PathParam("chapter")
    @Min(1)
    @Max(5999)
    @Parameter(description = "Chapter number, 1–5999", example = "740")
    public int chapter;

    @PathParam("post")
    @Min(1)
    @Max(99)
    @Parameter(description = "Post number, 01–99", example = "01")
    public int post;

    /** As the documents write it: {@code kap. 740 post 01}. */
    @Override
    public String toString() {
        return "kap. " + chapter + " post " + "%02d".formatted(post);
    }
}
