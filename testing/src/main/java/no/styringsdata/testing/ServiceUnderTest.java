package no.styringsdata.testing;

import no.styringsdata.localpg.DevTokens;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the shared tests need to know of the service they run in, read from its configuration. */
public final class ServiceUnderTest {

    private ServiceUnderTest() {
    }

    /** Its name ({@code budget-service}), as its metrics and logs give it. */
    public static String name() {
        return config().getValue("quarkus.application.name", String.class);
    }

    /** Its API prefix ({@code /api/budget}). */
    public static String api() {
        return config().getValue("quarkus.rest.path", String.class);
    }

    /** Where it serves its OpenAPI document. */
    public static String openApi() {
        return config().getValue("quarkus.smallrye-openapi.path", String.class);
    }

    /** Its audience and the role its writes need, as a token addresses it. */
    public static DevTokens.Service asTokensAddressIt() {
        return new DevTokens.Service(config().getValue("mp.jwt.verify.audiences", String.class),
                config().getValue("styringsdata.editor-role", String.class));
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
