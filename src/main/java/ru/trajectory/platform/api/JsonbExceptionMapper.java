package ru.trajectory.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-B could not bind to the resource's DTO: the client's JSON is at fault. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        if (MalformedJson.whileReading(e)) {
            return MalformedJson.response();
        }
        return UnexpectedErrorMapper.internalError(e);
    }
}
