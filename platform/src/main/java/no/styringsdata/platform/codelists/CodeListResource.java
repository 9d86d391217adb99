package no.styringsdata.platform.codelists;

import io.quarkus.arc.All;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.styringsdata.platform.openapi.LanguageParameters;
import no.styringsdata.platform.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The code lists of a service: every code its answers hold and its filters take, with Norwegian and English
 * labels. A service names its lists, in their order, in {@value #LISTS}; each is a {@link CodeListSource} bean.
 */
@Path("/codelists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code lists", description = "Kodelister: the codes of answers and filters, labelled in Norwegian and English")
@Transactional(Transactional.TxType.SUPPORTS)
public class CodeListResource {

    /** The configuration property that lists a service's code lists, in order; also their ids' enum in OpenAPI. */
    public static final String LISTS = "styringsdata.codelists";

    private static final String INDEX_EXAMPLE = """
            [{"id": "stages", "label": "Budget stages", "nb": "Budsjettstadier", "en": "Budget stages",
              "description": "The stages of a budget year an amount belongs to",
              "url": "https://styringsdata.no/api/budget/codelists/stages", "count": 5, "englishLabels": "translated"},
             {"id": "ministries", "label": "Ministries", "nb": "Departementer", "en": "Ministries",
              "description": "The ministries this service holds records of, by code",
              "url": "https://styringsdata.no/api/budget/codelists/ministries", "count": 1, "englishLabels": "official"}]""";
    private static final String LIST_EXAMPLE = """
            {"id": "stages", "label": "Budget stages", "nb": "Budsjettstadier", "en": "Budget stages",
             "description": "The stages of a budget year an amount belongs to", "englishLabels": "translated",
             "codes": [{"code": "forslag", "label": "Proposal", "nb": "Forslag", "en": "Proposal", "parent": null},
                       {"code": "saldert", "label": "Adopted budget", "nb": "Saldert budsjett", "en": "Adopted budget",
                        "parent": null}]}""";

    @Inject
    @All
    List<CodeListSource> sources;

    @Inject
    RequestLanguage language;

    @ConfigProperty(name = LISTS)
    List<String> lists;

    private Map<String, CodeListSource> byId;

    @PostConstruct
    void order() {
        Map<String, CodeListSource> offered = sources.stream()
                .collect(Collectors.toMap(CodeListSource::id, Function.identity()));
        byId = new LinkedHashMap<>();
        for (String id : lists) {
            CodeListSource source = offered.get(id);
            if (source == null) {
                throw new IllegalStateException(LISTS + " names " + id + ", but the service has no such code list; it "
                        + "has " + offered.keySet());
            }
            byId.put(id, source);
        }
    }

    @GET
    @Extension(name = LanguageParameters.LABELS, value = LanguageParameters.ALWAYS)
    @Operation(summary = "List the code lists",
            description = "Every code list of this service, with its title in Norwegian and English, what it holds, "
                    + "its URL and how many codes it has. `englishLabels` says whether the English labels are "
                    + "translations, official names, or the names as the documents write them.")
    @APIResponse(responseCode = "200", description = "The code lists, in the service's order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodeListSummary.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "in English", value = INDEX_EXAMPLE)))
    public List<CodeListSummary> index(@Context UriInfo uri) {
        Language lang = language.labels();
        return byId.values().stream().map(list -> new CodeListSummary(list.id(), list.title(lang),
                list.title(Language.NB), list.title(Language.EN), list.description(lang),
                uri.getBaseUriBuilder().path("codelists").path(list.id()).build(), list.codes().size(),
                list.englishLabels())).toList();
    }

    @GET
    @Path("/{list}")
    @Extension(name = LanguageParameters.LABELS, value = LanguageParameters.ALWAYS)
    @Operation(summary = "Read a code list",
            description = "Every code of the list with its label in the language asked for (`label`) and in both "
                    + "(`nb`, `en`), and where the list has levels, its parent's code. Names taken from the "
                    + "documents (ministries, agencies, programme categories) are as written; `englishLabels` says "
                    + "where the English labels come from.")
    @APIResponse(responseCode = "200", description = "The code list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeListView.class),
                    examples = @ExampleObject(name = "stages in English", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such code list")
    public CodeListView list(@Parameter(description = "The list's id, as the index of code lists gives it",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            @PathParam("list") String id) {
        CodeListSource list = byId.get(id);
        if (list == null) {
            throw Problems.notFound("No such code list");
        }
        Language lang = language.labels();
        return new CodeListView(list.id(), list.title(lang), list.title(Language.NB), list.title(Language.EN),
                list.description(lang), list.englishLabels(), list.codes().stream().map(c -> CodeView.of(c, lang)).toList());
    }
}
