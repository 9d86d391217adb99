package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the conditional reads of {@code platform/caching/ConditionalReads} on every GET: the
 * {@code Cache-Control} and {@code Vary} of its 200, and where the 200's {@code ETag} is the answer's own (not
 * a record's version, which the resource declares itself), that {@code ETag}, the {@code If-None-Match}
 * parameter and the {@code 304} answer. Runs after {@link HeaderSchemas}, which gives a write's
 * {@code If-None-Match} its one value {@code *}.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -100)
public class ConditionalReadResponses implements OASFilter {

    static final String TAG_PATTERN = "^\"[A-Za-z0-9_-]{22}\"$";
    static final String TAG_EXAMPLE = "\"cmVhZC12ZXJzaW9uLTQy0w\"";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            Operation read = path.getGET();
            if (read == null || read.getResponses() == null || read.getResponses().getAPIResponse("200") == null) {
                return;
            }
            APIResponse ok = read.getResponses().getAPIResponse("200");
            ok.addHeader("Cache-Control", cacheControl()).addHeader("Vary", vary());
            if (ok.getHeaders().get("ETag") != null) {
                return; // a record's version, for If-Match: never answered with 304 (see ConditionalReads)
            }
            ok.addHeader("ETag", etag("The answer's version: send it as If-None-Match to ask whether it changed"));
            read.addParameter(ifNoneMatch());
            read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not Modified: the answer is still the one whose ETag was sent in If-None-Match. "
                            + "No body; use the copy kept.")
                    .addHeader("ETag", etag("The answer's version, the same as sent"))
                    .addHeader("Cache-Control", cacheControl()).addHeader("Vary", vary()));
        });
    }

    private static Header etag(String description) {
        return OASFactory.createHeader().description(description + " (a strong tag: the same tag, the same bytes). "
                        + "It changes when the data behind the answer change, and only then.")
                .required(true).example(TAG_EXAMPLE)
                .schema(string().pattern(TAG_PATTERN).maxLength(24));
    }

    private static Header cacheControl() {
        return OASFactory.createHeader()
                .description("A copy may be kept, but must be revalidated (If-None-Match) before each use; "
                        + "private for a request with credentials")
                .required(true).example("public, no-cache")
                .schema(string().enumeration(List.of("public, no-cache", "private, no-cache")));
    }

    private static Header vary() {
        return OASFactory.createHeader()
                .description("The request headers that select the representation: `Accept` (JSON, CSV, JSON-stat) and "
                        + "`Accept-Language` (the language of labels)")
                .required(true).example("Accept, Accept-Language")
                .schema(string().maxLength(200).pattern("^[A-Za-z-]+(, [A-Za-z-]+)*$"));
    }

    private static Parameter ifNoneMatch() {
        return OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description("The ETag of the copy kept (or several, comma-separated): 304 without a body if the "
                        + "answer is still that one. A value that names no current answer is ignored (200).")
                .example(TAG_EXAMPLE)
                .schema(string().maxLength(1000).pattern("^(\\*|(W/)?\"[!#-~]*\"( *, *(W/)?\"[!#-~]*\")*)$"));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
