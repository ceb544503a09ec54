package ru.trajectory.platform.api;

import java.util.ArrayList;
import java.util.List;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code ?page=&size=} of a list: page from 0, size 1..{@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}). Read from the raw query strings, because JAX-RS would answer a
 * non-number in an {@code int} query parameter with 404 rather than a 400 that says why.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Integer p = number(page, 0, "page", errors);
        Integer s = number(size, DEFAULT_SIZE, "size", errors);
        if (p != null && p < 0) {
            errors.add(new FieldError("page", "Номер страницы — целое число от 0"));
        }
        if (s != null && (s < 1 || s > MAX_SIZE)) {
            errors.add(new FieldError("size", "Размер страницы — от 1 до " + MAX_SIZE));
        }
        if (errors.isEmpty() && (long) p * s > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "Номер страницы слишком велик"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return new PageRequest(p, s);
    }

    /** Index of the first item of the page, for {@code setFirstResult}. */
    public int first() {
        return page * size;
    }

    /** This page of a list already held in memory. */
    public <T> Page<T> slice(List<T> all) {
        int from = Math.min(first(), all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), all.size());
    }

    private static Integer number(String value, int fallback, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "page".equals(field)
                    ? "Номер страницы — целое число от 0" : "Размер страницы — целое число от 1 до " + MAX_SIZE));
            return null;
        }
    }
}
