package ru.trajectory.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.trajectory.platform.errors.ValidationFailure;

/** Input that breaks a rule: 400 with the {@code errors} list, so a client can mark each field. */
@Provider
public class ValidationFailureMapper implements ExceptionMapper<ValidationFailure> {

    @Override
    public Response toResponse(ValidationFailure e) {
        return Problems.response(400, StatusTitles.of(400), "Проверьте введённые данные", e.getErrors());
    }
}
