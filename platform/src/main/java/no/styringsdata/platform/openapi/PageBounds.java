package no.styringsdata.platform.openapi;

import static no.styringsdata.platform.openapi.ProblemResponses.hasParameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.rest.PagedResponse;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares what a paged list ({@code PageRequest} in, {@code PagedResponse} out) answers, so that no resource
 * repeats it: at most {@link PageRequest#MAX_SIZE} rows in a page, the {@code X-Total-Count} of rows in all
 * pages and the {@code Link} to the first, previous, next and last page.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageBounds implements OASFilter {

    private static final String LINK = "Link";
    /** Four links (first, prev, next, last), each at most a request target's length (8 KiB), and their params. */
    private static final int MAX_LINK_LENGTH = 4 * (8 * 1024 + 64);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            boolean paged = hasParameter(operation, "query", "page") && hasParameter(operation, "query", "size");
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (paged) {
                    boundRows(response);
                }
                if (paged && response == operation.getResponses().getAPIResponse("200")
                        && (response.getHeaders() == null || response.getHeaders().get(PagedResponse.TOTAL_COUNT) == null)) {
                    response.addHeader(PagedResponse.TOTAL_COUNT, OASFactory.createHeader().description("Rows in all pages")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")));
                }
                if (paged && response == operation.getResponses().getAPIResponse("200")
                        && (response.getHeaders() == null || response.getHeaders().get(LINK) == null)) {
                    response.addHeader(LINK, OASFactory.createHeader()
                            .description("RFC 8288 links to the first, previous, next and last page, absolute URLs at "
                                    + "the address the client used (through the gateway: the gateway's)")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                    .maxLength(MAX_LINK_LENGTH)
                                    .example("<https://api.example.no/api/budget/chapters?page=2&size=50>; rel=\"next\"")));
                }
                if (response.getHeaders() != null && response.getHeaders().get(PagedResponse.TOTAL_COUNT) != null) {
                    Schema count = response.getHeaders().get(PagedResponse.TOTAL_COUNT).getSchema();
                    if (count != null && count.getMinimum() == null && count.getMaximum() == null) {
                        count.setMinimum(BigDecimal.ZERO);
                        count.setMaximum(BigDecimal.valueOf(Long.MAX_VALUE));
                    }
                }
            });
        });
    }

    private static void boundRows(APIResponse response) {
        if (response.getContent() == null) {
            return;
        }
        response.getContent().getMediaTypes().values().forEach(mediaType -> {
            Schema rows = mediaType.getSchema();
            if (rows != null && rows.getType() != null && rows.getType().contains(Schema.SchemaType.ARRAY)
                    && rows.getMaxItems() == null) {
                rows.setMaxItems(PageRequest.MAX_SIZE);
            }
        });
    }
}
