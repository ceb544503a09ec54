package ru.trajectory.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import ru.trajectory.platform.persistence.DataSourceConfiguration;
import ru.trajectory.platform.persistence.SchemaMigrations;

/** Whether the database answers and holds every migration of this build. */
@ApplicationScoped
public class DatabaseProbe {

    private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());
    private static final int VALIDATION_SECONDS = 2;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    /**
     * Once every migration of this build is applied it stays applied (Flyway never undoes
     * one, and a newer build migrating the shared database adds only later versions), so
     * a positive answer is kept and the probe does not re-scan the history table each call.
     */
    private volatile boolean migrationsSeenUpToDate;

    public boolean databaseUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Database health check failed: {0}", e.getClass().getName());
            return false;
        }
    }

    public boolean migrationsUpToDate() {
        if (migrationsSeenUpToDate) {
            return true;
        }
        try {
            migrationsSeenUpToDate = SchemaMigrations.upToDate(dataSource);
            return migrationsSeenUpToDate;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Migration health check failed: {0}", e.getClass().getName());
            return false;
        }
    }
}
