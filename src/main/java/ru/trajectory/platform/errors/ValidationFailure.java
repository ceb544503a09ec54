package ru.trajectory.platform.errors;

import java.util.List;

/**
 * Input that breaks a rule of the domain. Thrown before anything is written, and rolls the
 * transaction back, so that a rejected request leaves stored data as it was.
 */
public class ValidationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationFailure(List<FieldError> errors) {
        super(errors.isEmpty() ? "Проверьте введённые данные" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailure of(String field, String message) {
        return new ValidationFailure(List.of(new FieldError(field, message)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
