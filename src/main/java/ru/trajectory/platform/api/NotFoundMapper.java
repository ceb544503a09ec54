package ru.trajectory.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.trajectory.platform.errors.NotFoundException;

/** Missing, or hidden from this caller: the same 404 either way, so existence does not leak. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return Problems.response(404, StatusTitles.of(404), e.getMessage());
    }
}
