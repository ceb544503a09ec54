package ru.trajectory.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.trajectory.platform.errors.ConflictException;

/** The target has moved on (already submitted, changed meanwhile): 409 with the Russian reason. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return Problems.response(409, StatusTitles.of(409), e.getMessage());
    }
}
