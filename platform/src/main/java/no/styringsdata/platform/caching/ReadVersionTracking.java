package no.styringsdata.platform.caching;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import no.styringsdata.platform.schema.PlatformMigrations;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * After every migration of a service, gives each of its tables that has none the triggers that bump the
 * read version (platform {@code V3__read_version.sql}), so that a table a later migration adds is tracked
 * without anyone remembering to. Idempotent: a table that has them is left alone.
 */
@Singleton
public class ReadVersionTracking implements FlywayConfigurationCustomizer, Callback {

    private static final Logger LOG = Logger.getLogger(ReadVersionTracking.class);

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(Stream.concat(Arrays.stream(configuration.getCallbacks()), Stream.of(this))
                .toArray(Callback[]::new));
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Connection db = context.getConfiguration().getDataSource().getConnection();
                PreparedStatement track = db.prepareStatement("SELECT caching.track_tables(?, ?)")) {
            track.setString(1, context.getConfiguration().getTable());
            track.setString(2, PlatformMigrations.HISTORY);
            try (ResultSet tracked = track.executeQuery()) {
                if (tracked.next() && tracked.getInt(1) > 0) {
                    LOG.infof("Writes to %d more tables now bump the read version", tracked.getInt(1));
                }
            }
            if (!db.getAutoCommit()) {
                db.commit();
            }
        } catch (SQLException e) {
            throw new FlywayException("Read version triggers: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "read version triggers on every table";
    }
}
