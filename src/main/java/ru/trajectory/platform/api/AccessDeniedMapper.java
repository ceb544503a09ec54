package ru.trajectory.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.trajectory.platform.errors.AccessDeniedException;

/** Outside the caller's roles or scope: 403 with the service's Russian reason. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException e) {
        return Problems.response(403, StatusTitles.of(403), e.getMessage());
    }
}
