package no.styringsdata.platform.caching;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conditional reads for every GET (and HEAD) of the API. Before the resource runs, the answer's strong ETag
 * is made from the read version (one query) and the request ({@link RepresentationTag}); an
 * {@code If-None-Match} naming it is answered {@code 304} at once, without computing the body. A 200 gets
 * that ETag, unless its resource gave one of its own: a record's version, which writers send back as
 * {@code If-Match}. Such a tag is kept and never answered with 304: it is the version of the record alone,
 * and the answer also holds other records (a chapter's posts and amounts, an assignment's status history)
 * that change without it, so a 304 on it could hide a change. A read that always gives its own ({@link OwnETag})
 * costs no read version at all; one that reads the version in its own statement ({@link VersionInQuery}) costs no
 * statement of its own for it, and has {@code If-None-Match} decided after it ran.
 *
 * <p>Every GET answer (200 and 304) says {@code Cache-Control: public, no-cache}: anyone may keep a copy (the
 * data are public), but must ask again before each use, the question being cheap (304, no body); data that
 * change a few times a year at unknown moments leave no safe time to serve a copy unasked. A request with
 * credentials gets {@code private, no-cache} (the audit log is for editors; no shared cache may keep it).
 * {@code Vary} names the request headers that select the representation ({@code Accept}: JSON, CSV,
 * JSON-stat), configured as {@code styringsdata.caching.vary}; their values are part of the tag. A read that
 * takes {@code asOf} and was given none answers as of today, so then the day is part of the tag too.
 */
@Provider
@Priority(Priorities.USER + 500)
public class ConditionalReads implements ContainerRequestFilter, ContainerResponseFilter {

    static final String PUBLIC = "public, no-cache";
    static final String PRIVATE = "private, no-cache";
    private static final String TAG = ConditionalReads.class.getName() + ".tag";
    /** What {@link #TAG} holds for a read that gives an ETag of its own. */
    private static final String OWN_TAG = "own";
    /** What {@link #TAG} holds for a read that reads the version in its own statement. */
    private static final String IN_QUERY = "in query";
    private static final String AS_OF = "asOf";
    /** What the gateway tells the service about the address the client used (links in answers are made from it). */
    private static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host",
            "X-Forwarded-Port", "X-Forwarded-Prefix");

    private static final Map<Method, Boolean> TAKES_AS_OF = new ConcurrentHashMap<>();

    @Inject
    ReadVersion readVersion;

    @Inject
    QueriedReadVersion queriedVersion;

    @ConfigProperty(name = "styringsdata.caching.vary", defaultValue = HttpHeaders.ACCEPT)
    List<String> vary;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(OwnETag.class)) {
            request.setProperty(TAG, OWN_TAG);
            return;
        }
        if (method != null && method.isAnnotationPresent(VersionInQuery.class)) {
            request.setProperty(TAG, IN_QUERY);
            return;
        }
        EntityTag tag = RepresentationTag.of(inputs(request, readVersion.current()));
        request.setProperty(TAG, tag);
        if (RepresentationTag.named(ifNoneMatch(request), tag)) {
            request.abortWith(Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl(request))
                    .header(HttpHeaders.VARY, String.join(", ", vary)).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG);
        if (tag == null || response.getStatus() != 200) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request));
        if (!headers.containsKey(HttpHeaders.VARY)) {
            headers.putSingle(HttpHeaders.VARY, String.join(", ", vary));
        }
        if (IN_QUERY.equals(tag) && queriedVersion.get() != null) {
            tag = RepresentationTag.of(inputs(request, queriedVersion.get()));
        }
        if (!headers.containsKey(HttpHeaders.ETAG) && tag instanceof EntityTag representation) {
            headers.putSingle(HttpHeaders.ETAG, representation);
            String ifNoneMatch = ifNoneMatch(request);
            if (RepresentationTag.any(ifNoneMatch) || RepresentationTag.named(ifNoneMatch, representation)) {
                response.setEntity(null);
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            }
        }
    }

    private List<String> inputs(ContainerRequestContext request, String version) {
        List<String> inputs = new ArrayList<>();
        inputs.add(version);
        inputs.add(request.getUriInfo().getRequestUri().toString());
        for (String header : vary) {
            inputs.add(header + ":" + selecting(request, header));
        }
        for (String header : FORWARDING) {
            inputs.add(header + ":" + request.getHeaders().get(header));
        }
        if (!request.getUriInfo().getQueryParameters().containsKey(AS_OF) && takesAsOf(resource.getResourceMethod())) {
            inputs.add(LocalDate.now(ZoneOffset.UTC) + "/" + LocalDate.now());
        }
        return inputs;
    }

    /**
     * A header that selects the representation, as the resources read it: {@code Accept} and
     * {@code Accept-Language} parsed and ordered by preference (no {@code Accept} is {@code *}{@code /*}, as
     * for the resource), so that requests the resource cannot tell apart share a tag; other headers as sent.
     */
    private static Object selecting(ContainerRequestContext request, String header) {
        if (HttpHeaders.ACCEPT.equalsIgnoreCase(header)) {
            return request.getAcceptableMediaTypes();
        }
        if (HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(header)) {
            return request.getAcceptableLanguages();
        }
        return request.getHeaders().get(header);
    }

    private static boolean takesAsOf(Method method) {
        return method != null && TAKES_AS_OF.computeIfAbsent(method, m -> Arrays.stream(m.getParameterAnnotations())
                .flatMap(Arrays::stream)
                .anyMatch(annotation -> annotation instanceof QueryParam query && AS_OF.equals(query.value())));
    }

    private static String ifNoneMatch(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        return values == null ? null : String.join(",", values);
    }

    private static String cacheControl(ContainerRequestContext request) {
        return request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION) ? PRIVATE : PUBLIC;
    }
}
