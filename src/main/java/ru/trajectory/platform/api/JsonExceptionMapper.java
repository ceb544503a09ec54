package ru.trajectory.platform.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body JSON-P could not parse. Resources that parse their body themselves let this
 * propagate, so it is the client's JSON whether or not a message body reader was involved;
 * a JSON-P failure while writing a response is the exception and stays a 500.
 */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        if (writing(e)) {
            return UnexpectedErrorMapper.internalError(e);
        }
        return MalformedJson.response();
    }

    private static boolean writing(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getMethodName().equals("writeTo") || frame.getMethodName().equals("aroundWriteTo")) {
                return true;
            }
        }
        return false;
    }
}
