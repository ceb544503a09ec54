package ru.trajectory.platform.api;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API of the portal under {@code /api/v1}. Resources and providers are found by
 * scanning, so each module only adds its {@code api} package.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Without this Jersey answers entity-less errors with sendError(), and the servlet
        // container would then replace the problem+json body with the portal's HTML error page.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
