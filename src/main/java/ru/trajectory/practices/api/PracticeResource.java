package ru.trajectory.practices.api;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.practices.search.FacetDimension;
import ru.trajectory.practices.search.SearchSort;
import ru.trajectory.practices.service.PracticeAuthoring;
import ru.trajectory.practices.service.PracticeReview;
import ru.trajectory.practices.service.PracticeSearch;
import ru.trajectory.practices.service.PracticeSuggestions;
import ru.trajectory.practices.service.PracticeUse;
import ru.trajectory.practices.service.PracticeView;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.PageRequest;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code GET/POST /practices}, {@code GET/PUT /practices/{id}}, the review workflow
 * ({@code submit}, {@code publish}, {@code return}, {@code archive}), «применяю»
 * ({@code POST /practices/{id}/applications}), {@code GET /practices/search} and
 * {@code GET /practices/{id}/related}.
 */
@Path("practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {

    private static final String NOT_FOUND = "Практика не найдена";

    @Inject
    PracticeAuthoring authoring;

    @Inject
    PracticeReview review;

    @Inject
    PracticeUse use;

    @Inject
    PracticeSearch search;

    @Inject
    PracticeSuggestions suggestions;

    @Context
    UriInfo uri;

    /**
     * {@code ?mine=true} the caller's own practices; {@code ?status=ON_REVIEW} the review queue of a
     * methodologist; otherwise published practices, newest first.
     */
    @GET
    public JsonObject list(@QueryParam("mine") String mine, @QueryParam("status") String status,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        List<PracticeView> found;
        if ("true".equalsIgnoreCase(mine)) {
            found = authoring.mine();
        } else if ("ON_REVIEW".equalsIgnoreCase(status)) {
            found = review.queue();
        } else if (status == null || status.isBlank() || "PUBLISHED".equalsIgnoreCase(status)) {
            PageRequest request = PageRequest.of(page, size);
            found = authoring.published(request.first(), request.size());
        } else {
            throw ValidationFailure.of("status", "Списком доступны опубликованные практики и очередь экспертизы");
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(p -> items.add(PracticeJson.practice(p)));
        return Json.createObjectBuilder().add("items", items).add("total", found.size()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        PracticeView created = authoring.create(PracticeJson.input(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(PracticeJson.practice(created)).build();
    }

    /** Declared before {@code {id}} for readability; JAX-RS prefers the literal path anyway. */
    @GET
    @Path("search")
    public JsonObject search(@QueryParam("q") String q, @QueryParam("subject") List<String> subject,
                             @QueryParam("level") List<String> level,
                             @QueryParam("competency") List<String> competency,
                             @QueryParam("tag") List<String> tag, @QueryParam("targetGroup") List<String> targetGroup,
                             @QueryParam("municipality") List<String> municipality,
                             @QueryParam("year") List<String> year,
                             @QueryParam("sort") String sort,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        SearchSort order = SearchSort.parse(sort).orElseThrow(() -> ValidationFailure.of("sort",
                "Сортировка бывает relevance, date или applications"));
        Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
        put(filters, FacetDimension.SUBJECT, subject);
        put(filters, FacetDimension.LEVEL, level);
        put(filters, FacetDimension.COMPETENCY, competency);
        put(filters, FacetDimension.TAG, tag);
        put(filters, FacetDimension.TARGET_GROUP, targetGroup);
        put(filters, FacetDimension.MUNICIPALITY, municipality);
        put(filters, FacetDimension.YEAR, year);
        // Zero-based pages, like PageRequest in the rest of the API.
        return PracticeJson.searchResult(
                search.search(q, filters, order, number(page, "page", 0), number(size, "size", 10)));
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return PracticeJson.practice(authoring.find(Ids.path(id, NOT_FOUND)));
    }

    /** {@code ?version=} the version the author edited, to refuse overwriting someone's newer edit. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("id") String id, @QueryParam("version") String version, String body) {
        Long expected = version == null || version.isBlank() ? null : (long) number(version, "version", 0);
        return PracticeJson.practice(authoring.update(Ids.path(id, NOT_FOUND), PracticeJson.input(body), expected));
    }

    @POST
    @Path("{id}/submit")
    public JsonObject submit(@PathParam("id") String id) {
        return PracticeJson.practice(review.submit(Ids.path(id, NOT_FOUND)));
    }

    /** {@code {"scores": [{"criterion", "score", "comment"}], "comment"}}, every criterion scored. */
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject publish(@PathParam("id") String id, String body) {
        JsonObject json = JsonBody.parse(body).json();
        return PracticeJson.practice(review.publish(Ids.path(id, NOT_FOUND), PracticeJson.scores(json),
                PracticeJson.text(json, "comment")));
    }

    /** Same body as publish; at least one comment tells the authors what to change. */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject returnForChanges(@PathParam("id") String id, String body) {
        JsonObject json = JsonBody.parse(body).json();
        return PracticeJson.practice(review.returnWith(Ids.path(id, NOT_FOUND), PracticeJson.scores(json),
                PracticeJson.text(json, "comment")));
    }

    @POST
    @Path("{id}/archive")
    public JsonObject archive(@PathParam("id") String id) {
        return PracticeJson.practice(review.archive(Ids.path(id, NOT_FOUND)));
    }

    /** «Применяю»: {@code {"feedback"}} → {@code {"applications": n}}. */
    @POST
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject apply(@PathParam("id") String id, String body) {
        JsonObject json = JsonBody.parse(body).json();
        long count = use.apply(Ids.path(id, NOT_FOUND), PracticeJson.text(json, "feedback"));
        return Json.createObjectBuilder().add("applications", count).build();
    }

    @GET
    @Path("{id}/related")
    public JsonObject related(@PathParam("id") String id, @QueryParam("size") String size) {
        return Json.createObjectBuilder()
                .add("items", PracticeJson.hits(search.related(Ids.path(id, NOT_FOUND), number(size, "size", 5))))
                .build();
    }

    /** «Подсказки при вводе»: {@code ?q=&size=} → {@code {"items": [{id, title}]}}; blank q gives none. */
    @GET
    @Path("suggest")
    public JsonObject suggest(@QueryParam("q") String q, @QueryParam("size") String size) {
        return SuggestionJson.titles(search.suggest(q, number(size, "size", 8)));
    }

    /**
     * Published practices for a competency, as route steps: {@code ?competency=CODE&size=} →
     * {@code {"items": [{id, title, summary, reviewScore?, applications, reason}]}}, tagged ones first.
     */
    @GET
    @Path("suggestions")
    public JsonObject suggestions(@QueryParam("competency") String competency, @QueryParam("size") String size) {
        return SuggestionJson.practices(suggestions.forCompetencyCode(competency, number(size, "size", 10)));
    }

    private static void put(Map<FacetDimension, Set<String>> filters, FacetDimension dimension, List<String> values) {
        if (values == null) {
            return;
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                clean.add(value.strip());
            }
        }
        if (!clean.isEmpty()) {
            filters.put(dimension, clean);
        }
    }

    private static int number(String value, String field, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailure.of(field, "Ожидается целое число, а не «" + value + "»");
        }
    }
}
