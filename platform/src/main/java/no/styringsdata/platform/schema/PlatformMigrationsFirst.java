package no.styringsdata.platform.schema;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Every service's Flyway (quarkus.flyway.locations=db/migration) runs {@link PlatformMigrations} first. */
@Singleton
public class PlatformMigrationsFirst implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(Stream.concat(Arrays.stream(configuration.getCallbacks()),
                Stream.of(new PlatformMigrations())).toArray(Callback[]::new));
    }
}
