package no.styringsdata.testing;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks each response against the service's {@link OpenApiContract}, read from the running
 * application (its {@code quarkus.smallrye-openapi.path}) on the first request; a response the
 * document does not declare fails the request with a {@link ContractViolation}.
 *
 * <p>Not checked: a request to a path or method the document does not have when it was answered
 * 404 or 405 (the tests of unknown paths and methods), the framework's endpoints outside the
 * contract ({@code /q/*}, the document itself, Swagger UI), and the requests themselves: tests
 * send wrong requests on purpose (bad parameters and bodies, no token) to see the problem that
 * answers them, so checking those would test the tests. Nor an application without a REST API of its own
 * (no {@code quarkus.rest.path}: the gateway, which only passes the services' answers on).
 */
final class ResponseValidationFilter implements OrderedFilter {

    private static final Pattern FRAMEWORK_PATHS = Pattern.compile("^/q/|/openapi$|/swagger-ui");

    private Optional<OpenApiContract> contract;

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Optional<OpenApiContract> ownContract = contract(request);
        Response response = context.next(request, responseSpec);
        if (ownContract.isEmpty()) {
            return response;
        }
        OpenApiContract contract = ownContract.get();
        String method = request.getMethod();
        String path = URI.create(request.getURI()).getRawPath();
        if (outsideTheContract(contract, method, path, response.getStatusCode())) {
            return response;
        }
        List<String> problems = contract.check(method, path, response.getStatusCode(), response.getContentType(),
                response::getHeader, response.asString());
        if (!problems.isEmpty()) {
            throw new ContractViolation(problems);
        }
        return response;
    }

    /** First, so that it sees the response every other filter has seen. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    private static boolean outsideTheContract(OpenApiContract contract, String method, String path, int status) {
        if (FRAMEWORK_PATHS.matcher(path).find()) {
            return true;
        }
        return !contract.documents(path) && status == 404 || !contract.documents(method, path) && status == 405;
    }

    private synchronized Optional<OpenApiContract> contract(FilterableRequestSpecification request) {
        if (contract == null) {
            Config config = ConfigProvider.getConfig();
            contract = config.getOptionalValue("quarkus.rest.path", String.class).map(api -> OpenApiContract.load(
                    URI.create(request.getBaseUri() + ":" + request.getPort()
                            + config.getValue("quarkus.smallrye-openapi.path", String.class) + "?format=json")));
        }
        return contract;
    }
}
