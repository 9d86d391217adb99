package no.styringsdata.platform.openapi;

import static no.styringsdata.platform.openapi.ProblemResponses.addUnlessDeclared;
import static no.styringsdata.platform.openapi.ProblemResponses.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Says for every operation who may call it. One without a security requirement is public: it gets an empty one
 * ({@code security: []}), which is how OpenAPI says "no token needed" rather than "not said". One with a
 * requirement gets the 401 and 403 that SecurityProblemMappers answer, the 403 naming the roles (in place of the
 * bare ones Quarkus declares by itself). The roles
 * leave the requirement itself: a bearer scheme has no scopes to list them under (OpenAPI 3.0 wants the list
 * empty for it, and linters check the names against the scheme's scopes).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        ProblemResponses.forEachOperation(openAPI, (path, operation) -> {
            List<SecurityRequirement> requirements = operation.getSecurity();
            if (requirements == null || requirements.isEmpty()) {
                if (!securedByDefault) {
                    operation.setSecurity(new ArrayList<>());
                }
                return;
            }
            TreeSet<String> roles = new TreeSet<>();
            for (SecurityRequirement requirement : requirements) {
                for (String scheme : List.copyOf(requirement.getSchemes().keySet())) {
                    List<String> scopes = requirement.getScheme(scheme);
                    if (scopes != null) {
                        scopes.forEach(scope -> roles.add(resolved(scope)));
                    }
                    requirement.addScheme(scheme, new ArrayList<>());
                }
            }
            String instance = ProblemExamples.instance(path, operation);
            addUnlessDeclared(operation, "401", problem("401", "No valid bearer token: none, or one that fails a check of "
                    + "the security scheme", Map.of("no token", ProblemExamples.unauthorized(instance))));
            addUnlessDeclared(operation, "403", problem("403", roles.isEmpty() ? "The token lacks the role this operation needs"
                    : "The token lacks the " + String.join(" or ", roles) + " role",
                    Map.of("another role", ProblemExamples.forbidden(instance))));
        });
    }

    /** A role given as a property expression, {@code @RolesAllowed("${styringsdata.editor-role}")}, by its value. */
    private static String resolved(String role) {
        if (role.startsWith("${") && role.endsWith("}")) {
            return ConfigProvider.getConfig().getOptionalValue(role.substring(2, role.length() - 1), String.class).orElse(role);
        }
        return role;
    }
}
