package ru.trajectory.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey wraps a body that cannot be read or bound into this; writing failures are ours (500). */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        if (MalformedJson.whileReading(e)) {
            return MalformedJson.response();
        }
        return UnexpectedErrorMapper.internalError(e);
    }
}
