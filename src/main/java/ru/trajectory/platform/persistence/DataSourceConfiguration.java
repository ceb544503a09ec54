package ru.trajectory.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one datasource of the portal. URL and credentials come from MicroProfile Config at
 * deployment (environment {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} or the
 * defaults in {@code microprofile-config.properties}), so no credential is baked into the WAR.
 * {@code MariaDbDataSource} is also an XADataSource, so Payara makes the pool XA; with one
 * resource per transaction it commits in one phase. Flyway therefore does not use this pool
 * (see {@link MigrationOnStartup}).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 4,
        maxPoolSize = 64,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation"
        })
@Singleton
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/trajectory";
}
