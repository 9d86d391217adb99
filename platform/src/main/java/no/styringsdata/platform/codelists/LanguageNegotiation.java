package no.styringsdata.platform.codelists;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.wire.WireNamed;

/**
 * Chooses the language of the labels of every read: {@code lang=nb|en} if given (anything else is a 400 naming
 * {@code lang}), else the {@code Accept-Language} field ({@link Language#negotiate}). Runs before the conditional
 * reads, so that a wrong {@code lang} is never a 304. An answer whose resource wrote labels says
 * {@code Content-Language}.
 */
@Provider
@Priority(Priorities.USER)
public class LanguageNegotiation implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String PARAMETER = "lang";

    @Inject
    RequestLanguage language;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        String lang = request.getUriInfo().getQueryParameters().getFirst(PARAMETER);
        if (lang == null) {
            language.choose(Language.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        } else {
            language.choose(WireNamed.lookup(Language.class, lang).orElseThrow(
                    () -> Problems.invalidField("query", PARAMETER, "must be " + WireNamed.oneOf(Language.class))));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && language.used()) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.chosen().wireName());
        }
    }
}
