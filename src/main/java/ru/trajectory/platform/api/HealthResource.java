package ru.trajectory.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.trajectory.platform.health.DatabaseProbe;

/**
 * {@code GET /api/v1/health}, public: the readiness of the portal in the API's own format for
 * integrations that only see {@code /api/v1}. 200 when UP, 503 when DOWN, so that a plain
 * HTTP check works without parsing the body.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    @Inject
    DatabaseProbe probe;

    @JsonbPropertyOrder({"status", "checks"})
    public static class Health {
        public String status;
        public Map<String, String> checks;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database = probe.databaseUp();
        boolean migrations = database && probe.migrationsUpToDate();
        Health health = new Health();
        health.status = database && migrations ? "UP" : "DOWN";
        health.checks = new LinkedHashMap<>();
        health.checks.put("database", database ? "UP" : "DOWN");
        health.checks.put("migrations", migrations ? "UP" : "DOWN");
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        noCache.setNoTransform(false);
        return Response.status(database && migrations ? 200 : 503).entity(health).cacheControl(noCache).build();
    }
}
