package no.styringsdata.platform.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * The platform's tables (audit log, ministries, agencies) have a Flyway history of their own,
 * {@value #HISTORY}, with their own versions (db/platform: V1, V2, …), so that a new platform migration can
 * never sort among a service's. A callback of the service's Flyway migrates them first: the service's
 * migrations refer to them (V4 moves agencies into {@code agency}).
 *
 * <p>Before they had their own history the two were V1_1 and V3_9 of every service's. On such a database the
 * platform history is baselined at the version they reached there, and their rows leave the service's
 * history (or its validation would miss their scripts). Both steps are idempotent; an interruption between
 * them is finished at the next start.
 *
 * <p>Order within one service migration: at {@code beforeValidate} a database with a service history is
 * adopted (before the validation that would fail); at {@code beforeMigrate} (the service's history exists
 * then, even on an empty database, so neither Flyway sees a foreign non-empty schema) the platform's
 * migrations run.
 */
public class PlatformMigrations implements Callback {

    public static final String HISTORY = "platform_schema_history";
    public static final String LOCATION = "classpath:db/platform";

    private static final Logger LOG = Logger.getLogger(PlatformMigrations.class);

    /** A platform migration as it was recorded in a service's history, and its version in the platform's own. */
    private record Former(String version, String script, String platformVersion) {
    }

    private static final List<Former> FORMER = List.of(
            new Former("1.1", "V1_1__audit_log.sql", "1"),
            new Former("3.9", "V3_9__ministry_agency.sql", "2"));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        DataSource dataSource = context.getConfiguration().getDataSource();
        String serviceHistory = context.getConfiguration().getTable();
        try {
            if (!exists(dataSource, serviceHistory)) {
                return; // an empty database: everything happens at beforeMigrate, once the service's history exists
            }
            adopt(dataSource, serviceHistory);
            if (event == Event.BEFORE_MIGRATE) {
                flyway(dataSource).load().migrate();
            }
        } catch (SQLException e) {
            throw new FlywayException("Platform migrations: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "platform migrations (" + HISTORY + ")";
    }

    private static void adopt(DataSource dataSource, String serviceHistory) throws SQLException {
        if (!exists(dataSource, HISTORY)) {
            String reached = "0";
            for (Former former : FORMER) {
                if (applied(dataSource, serviceHistory, former)) {
                    reached = former.platformVersion();
                }
            }
            LOG.infof("Platform migrations get their own history %s, starting from version %s", HISTORY, reached);
            flyway(dataSource).baselineVersion(reached)
                    .baselineDescription("applied as versions of the service history").load().baseline();
        }
        try (Connection db = dataSource.getConnection();
                PreparedStatement delete = db.prepareStatement(
                        "DELETE FROM " + serviceHistory + " WHERE version = ? AND script = ?")) {
            for (Former former : FORMER) {
                delete.setString(1, former.version());
                delete.setString(2, former.script());
                if (delete.executeUpdate() > 0) {
                    LOG.infof("Removed %s from %s: the platform's history has it", former.script(), serviceHistory);
                }
            }
            if (!db.getAutoCommit()) {
                db.commit();
            }
        }
    }

    private static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(PlatformMigrations.class.getClassLoader()).dataSource(dataSource)
                .locations(LOCATION).table(HISTORY);
    }

    private static boolean applied(DataSource dataSource, String serviceHistory, Former former) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(
                        "SELECT 1 FROM " + serviceHistory + " WHERE version = ? AND script = ? AND success")) {
            query.setString(1, former.version());
            query.setString(2, former.script());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static boolean exists(DataSource dataSource, String table) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
