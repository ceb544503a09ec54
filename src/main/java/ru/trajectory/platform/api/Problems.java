package ru.trajectory.platform.api;

import java.io.IOException;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.trajectory.platform.errors.FieldError;

/** RFC 9457 problem details, the one error format of the API. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObject body(int status, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("status", status)
                .add("title", title);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (FieldError e : errors) {
                list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message()));
            }
            b.add("errors", list);
        }
        return b.build();
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(body(status, title, detail, errors).toString())
                .build();
    }

    /** For code that runs before JAX-RS, such as the authentication mechanism. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(status, title, detail, List.of()).toString());
    }
}
