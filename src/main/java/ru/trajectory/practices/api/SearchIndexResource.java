package ru.trajectory.practices.api;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.trajectory.practices.service.SearchIndexAdmin;
import ru.trajectory.practices.service.SearchIndexAdmin.IndexStatus;

/**
 * {@code /admin/search-index}: the state of this server's practice search index and its
 * administration, for the administrator (403 for anyone else). {@code GET} answers the state;
 * {@code POST rebuild} starts a rebuild from the database in the background (202; 409 while one
 * runs); {@code POST suspend} and {@code resume} pause and resume applying the search outbox;
 * {@code POST drain-once} applies one batch of it now, suspended or not, and adds
 * {@code processed}; {@code POST reopen} closes the index and opens it from disk as a restart
 * would. Every answer is the state:
 * {@code {searchable, documents, databasePractices, outboxPending, cursor, lastDrain, suspended,
 * rebuilding, rebuildDone, rebuildTotal, rebuildPercent, rebuildStartedAt, rebuildFinishedAt,
 * rebuildError, lastError}}, instants in ISO-8601 UTC or null.
 */
@Path("admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

    @Inject
    SearchIndexAdmin admin;

    @GET
    public JsonObject status() {
        return json(admin.status()).build();
    }

    @POST
    @Path("rebuild")
    public Response rebuild() {
        return Response.accepted(json(admin.startRebuild()).build()).build();
    }

    @POST
    @Path("suspend")
    public JsonObject suspend() {
        return json(admin.suspend()).build();
    }

    @POST
    @Path("resume")
    public JsonObject resume() {
        return json(admin.resume()).build();
    }

    @POST
    @Path("drain-once")
    public JsonObject drainOnce() {
        int processed = admin.drainOnce();
        return json(admin.status()).add("processed", processed).build();
    }

    @POST
    @Path("reopen")
    public JsonObject reopen() {
        return json(admin.reopen()).build();
    }

    private static JsonObjectBuilder json(IndexStatus s) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("searchable", s.searchable())
                .add("documents", s.documents())
                .add("databasePractices", s.databasePractices())
                .add("outboxPending", s.outboxPending())
                .add("cursor", s.cursor())
                .add("suspended", s.suspended())
                .add("rebuilding", s.rebuilding())
                .add("rebuildDone", s.rebuildDone())
                .add("rebuildTotal", s.rebuildTotal())
                .add("rebuildPercent", s.percent());
        instant(json, "lastDrain", s.lastDrain());
        instant(json, "rebuildStartedAt", s.rebuildStartedAt());
        instant(json, "rebuildFinishedAt", s.rebuildFinishedAt());
        text(json, "rebuildError", s.rebuildError());
        text(json, "lastError", s.lastError());
        return json;
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
