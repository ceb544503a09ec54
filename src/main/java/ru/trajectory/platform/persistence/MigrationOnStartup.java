package ru.trajectory.platform.persistence;

import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Brings the schema up to date before anything touches JPA: EclipseLink only maps what
 * Flyway created, it never generates tables. Flyway gets its own plain connection from the
 * same settings as the pool, because the container's XA pool refuses the commits Flyway
 * issues itself.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MigrationOnStartup {

    private static final Logger LOG = Logger.getLogger(MigrationOnStartup.class.getName());

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String user;

    @Inject
    @ConfigProperty(name = "db.password")
    String password;

    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            MariaDbDataSource plain = new MariaDbDataSource(url);
            plain.setUser(user);
            plain.setPassword(password);
            dataSource = plain;
        } catch (SQLException e) {
            throw new IllegalStateException("db.url is not a MariaDB JDBC URL", e);
        }
        MigrateResult result = SchemaMigrations.migrate(dataSource);
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + ", "
                + result.migrationsExecuted + " migration(s) applied now");
    }

    /** For the readiness check: every migration of this build has been applied. */
    public boolean upToDate() {
        return SchemaMigrations.upToDate(dataSource);
    }
}
