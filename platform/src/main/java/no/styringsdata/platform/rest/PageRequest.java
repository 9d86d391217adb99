package no.styringsdata.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging parameters every list takes: {@code page} (from 1) and {@code size}; and the request, for the links to other
 * pages. A list that answers CSV also takes {@code whole=true}: the whole list, all rows, in one answer (JSON stays
 * paged: {@link FormatCheck} refuses it there; the OpenAPI documents declare it where CSV is answered).
 */
public class PageRequest {

    public static final String WHOLE = "whole";

    public static final int MAX_SIZE = 1000;
    /** So that the offset, {@code (page - 1) * size}, stays within an int. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 1.", example = "1")
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("100")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Rows per page (1–1000).", example = "100")
    public int size = 100;

    /** The request's URI, whose {@code page} the links of {@link PagedResponse} replace. */
    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** Whether the whole list is asked for: {@code whole=true}, as CSV. */
    public boolean whole() {
        return "true".equals(uri.getQueryParameters().getFirst(WHOLE))
                && FormatCheck.asksForCsv(headers.getAcceptableMediaTypes());
    }

    /** The page's first row's offset. */
    public int offset() {
        return (page - 1) * size;
    }
}
