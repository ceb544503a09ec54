package ru.trajectory.diagnostics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.diagnostics.service.Participation;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.Page;
import ru.trajectory.platform.api.PageRequest;

/**
 * {@code GET /schools/{id}/participation}: who on the staff took which diagnostic, for the
 * school's director only. A root of its own beside {@code SchoolResource}: JAX-RS picks the
 * root whose template has more literal characters, so this path lands here.
 */
@Path("schools/{id}/participation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipationResource {

    @Inject
    Participation participation;

    @GET
    public Page<ParticipationJson> list(@PathParam("id") String id, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        long schoolId = Ids.path(id, "Школа не найдена");
        PageRequest p = PageRequest.of(page, size);
        return new Page<>(participation.attempts(schoolId, p.first(), p.size()).stream()
                .map(ParticipationJson::of).toList(), participation.countAttempts(schoolId));
    }
}
