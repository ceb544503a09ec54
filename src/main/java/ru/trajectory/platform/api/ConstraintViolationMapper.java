package ru.trajectory.platform.api;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.trajectory.platform.errors.FieldError;

/**
 * Bean Validation on resource parameters or entities: the same 400 with field errors as a
 * {@link ru.trajectory.platform.errors.ValidationFailure}. The field is the last node of the
 * property path ({@code create.arg0.name} → {@code name}), which is what a client sent.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations() == null ? List.of()
                : e.getConstraintViolations().stream()
                        .map(v -> new FieldError(field(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList();
        return Problems.response(400, StatusTitles.of(400), "Проверьте введённые данные", errors);
    }

    static String field(ConstraintViolation<?> violation) {
        String last = null;
        if (violation.getPropertyPath() != null) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getName() != null) {
                    last = node.getName();
                }
            }
        }
        return last == null ? "" : last;
    }
}
