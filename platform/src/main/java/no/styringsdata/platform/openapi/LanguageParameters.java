package no.styringsdata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import no.styringsdata.platform.codelists.CodeListResource;
import no.styringsdata.platform.codelists.Language;
import no.styringsdata.platform.codelists.LanguageNegotiation;
import no.styringsdata.platform.wire.WireNamed;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the language of labels ({@code codelists/LanguageNegotiation}) on every GET: the {@code lang} query
 * parameter and the {@code Accept-Language} header; the {@code Content-Language} of the 200 of every operation
 * marked {@code @Extension(name = }{@value #LABELS}{@code )} (the marker is then removed); and the ids of the
 * service's code lists
 * ({@value CodeListResource#LISTS}) as the enum of {@code /codelists/{list}}. Runs after the filters that derive
 * answers from an operation's parameters (its 400 stays as they made it: a wrong {@code lang} is one of them).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -200)
public class LanguageParameters implements OASFilter {

    /**
     * The extension that marks an operation whose 200 holds labels in the chosen language and says
     * {@code Content-Language}: its value is {@link #ALWAYS}, or {@link #IN_JSON_STAT} for one whose JSON-stat
     * answer alone holds labels.
     */
    public static final String LABELS = "x-labels";
    public static final String ALWAYS = "always";
    public static final String IN_JSON_STAT = "jsonstat";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        List<String> lists = ConfigProvider.getConfig().getOptionalValues(CodeListResource.LISTS, String.class)
                .orElse(List.of());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation read = item.getGET();
            if (read == null) {
                return;
            }
            if (!ProblemResponses.hasParameter(read, "query", LanguageNegotiation.PARAMETER)) {
                read.addParameter(lang());
            }
            if (!ProblemResponses.hasParameter(read, "header", "Accept-Language")) {
                read.addParameter(acceptLanguage());
            }
            Object labels = read.getExtensions() == null ? null : read.getExtensions().get(LABELS);
            if (labels != null) {
                contentLanguage(read, ALWAYS.equals(labels));
                // the annotation marks the operation's responses object and answers too: the marker leaves them all
                read.removeExtension(LABELS);
                read.getResponses().removeExtension(LABELS);
                read.getResponses().getAPIResponses().values().forEach(answer -> answer.removeExtension(LABELS));
            }
            if (path.endsWith("/codelists/{list}") && !lists.isEmpty()) {
                listIds(item, lists);
            }
        });
    }

    private static void contentLanguage(Operation read, boolean always) {
        APIResponse ok = read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
        if (ok == null) {
            throw new IllegalStateException(LABELS + " marks an operation without a 200: " + read.getOperationId());
        }
        ok.addHeader("Content-Language", OASFactory.createHeader().required(always).example("en")
                .description("The language of the labels" + (always ? "" : " (in the JSON-stat answer; the others "
                        + "hold none)") + ": `nb` or `en`, as `lang` or `Accept-Language` chose (Norwegian if neither "
                        + "names a language offered). Names taken from the documents are as written in either.")
                .schema(string().enumeration(List.copyOf(WireNamed.wireNames(Language.class)))));
    }

    private static void listIds(PathItem item, List<String> lists) {
        item.getGET().getParameters().stream().filter(p -> "list".equals(p.getName()) && p.getSchema() != null)
                .forEach(p -> p.example(lists.get(0)).getSchema().enumeration(List.copyOf(lists)));
    }

    private static Parameter lang() {
        return OASFactory.createParameter().name(LanguageNegotiation.PARAMETER).in(Parameter.In.QUERY)
                .description("The language of labels of codes (code lists, labels of stages, statuses, units, post "
                        + "kinds, JSON-stat dimensions): `nb` Norwegian Bokmål, `en` English. Wins over "
                        + "`Accept-Language`. Names taken from the documents stay as written. An answer with labels "
                        + "says `Content-Language`. Any other value is a 400 naming `lang`.")
                .example("en").schema(string().enumeration(List.copyOf(WireNamed.wireNames(Language.class))));
    }

    private static Parameter acceptLanguage() {
        return OASFactory.createParameter().name("Accept-Language").in(Parameter.In.HEADER)
                .description("The language of labels when `lang` is not given (RFC 9110, q-values honoured; `no` and "
                        + "`nn` read as `nb`). A field that names neither `nb` nor `en`, or cannot be read, gives `nb`.")
                .example("en-GB, en;q=0.9, nb;q=0.5").schema(string().maxLength(1000).pattern("^[ -~]*$"));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
