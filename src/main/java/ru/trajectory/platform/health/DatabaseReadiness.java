package ru.trajectory.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers within two seconds and its schema is this build's. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        boolean database = probe.databaseUp();
        // Without a database the migration state is unknown: report it DOWN rather than guess.
        boolean migrations = database && probe.migrationsUpToDate();
        return HealthCheckResponse.named("database")
                .status(database && migrations)
                .withData("database", database ? "UP" : "DOWN")
                .withData("migrations", migrations ? "UP" : "DOWN")
                .build();
    }
}
