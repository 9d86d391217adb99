package no.styringsdata.platform.rest;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list answered as a plain JSON array (or CSV), with paging in headers as many public APIs do:
 * {@code X-Total-Count} and RFC 8288 {@code Link} rel first/prev/next/last.
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {
    }

    /**
     * One page of the list, or the whole list ({@link PageRequest#whole()}): streamed as it is read ({@link WholeList}),
     * with its {@code X-Total-Count} and no links.
     */
    public static <T> Response of(ListQuery<?, T> list, Class<T> rowType, PageRequest paging) {
        if (paging.whole()) {
            return Response.ok(new WholeList<>(list, rowType)).build();
        }
        return of(list.page(paging.offset(), paging.size), rowType, paging);
    }

    /** One page of rows of {@code rowType}; the type lets an empty page's CSV still have its header. */
    public static <T> Response of(Page<T> page, Class<T> rowType, PageRequest paging) {
        return of(page.rows(), rowType, page.total(), paging);
    }

    /** As {@link #of(Page, Class, PageRequest)}, for rows and total at hand. */
    public static <T> Response of(List<T> rows, Class<T> rowType, long total, PageRequest paging) {
        return paged(Response.ok(listEntity(rows, rowType)), total, paging.page, paging.size, paging.uri).build();
    }

    /**
     * Adds the paging headers to an answer that is one page of {@code size} rows of {@code total} (also one whose
     * body is not a plain list, such as a record with one page of its parts).
     */
    public static Response.ResponseBuilder paged(Response.ResponseBuilder answer, long total, int page, int size,
                                                 UriInfo uri) {
        int lastPage = (int) Math.max(1, (total + size - 1) / size);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, lastPage), "prev"));
        }
        if (page < lastPage) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, lastPage, "last"));
        // One Link header with comma-separated values (RFC 8288), as clients usually read one header.
        return answer.header(TOTAL_COUNT, total)
                .header("Link", links.stream().map(Link::toString).collect(Collectors.joining(", ")));
    }

    /** A list whose element type survives erasure, for the message body writers. */
    public static <T> GenericEntity<List<T>> listEntity(List<T> rows, Class<T> rowType) {
        return new GenericEntity<>(rows, new ListOf(rowType));
    }

    private record ListOf(Class<?> element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    private static Link link(UriInfo uri, int page, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page)).rel(rel).build();
    }
}
