package ru.trajectory.platform.persistence;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway owns the schema: the scripts under {@code db/migration} are the only place tables
 * are created or changed. Used at application start-up and by the developer tools.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    /** True when every migration known to this build has been applied. */
    public static boolean upToDate(DataSource dataSource) {
        return configure(dataSource).info().pending().length == 0;
    }

    private static Flyway configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
