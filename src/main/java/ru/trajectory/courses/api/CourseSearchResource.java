package ru.trajectory.courses.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.courses.entity.CourseFormat;
import ru.trajectory.courses.service.CoursePage;
import ru.trajectory.courses.service.CourseQuery;
import ru.trajectory.courses.service.CourseSearch;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.PageRequest;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code GET /catalogue} with filters (competency, subject, format, maxHours, provider, from, to,
 * freeSeats, q, page, size) → {@code {items, total}}.
 */
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseSearchResource {

    @Inject
    CourseSearch search;

    @GET
    public JsonObject catalogue(@QueryParam("competency") String competency, @QueryParam("subject") String subject,
                                @QueryParam("format") String format, @QueryParam("maxHours") String maxHours,
                                @QueryParam("provider") String provider, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("freeSeats") String freeSeats,
                                @QueryParam("q") String q, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        CourseFormat f = null;
        if (format != null && !format.isBlank()) {
            try {
                f = CourseFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("format", "Формат: IN_PERSON (очно), DISTANCE (дистанционно) или BLENDED (смешанно)"));
            }
        }
        Integer hours = null;
        if (maxHours != null && !maxHours.isBlank()) {
            try {
                hours = Integer.valueOf(maxHours.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("maxHours", "Ожидается целое число часов"));
            }
        }
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        Long providerId = Ids.query(provider, "provider");
        PageRequest request = PageRequest.of(page, size);
        CoursePage found = search.search(new CourseQuery(competency, subject, f, hours, providerId, fromDate, toDate,
                "true".equalsIgnoreCase(freeSeats), q), request.first(), request.size());
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.getItems().forEach(c -> items.add(CourseJson.course(c)));
        return Json.createObjectBuilder().add("items", items).add("total", found.getTotal()).build();
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Дата в формате ГГГГ-ММ-ДД, а не «" + value.strip() + "»"));
            return null;
        }
    }
}
