package ru.trajectory.diagnostics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.diagnostics.service.InstrumentAuthoring;

/**
 * {@code POST /instruments} of API.md: creates a DRAFT instrument with its items in one call,
 * exactly as {@code POST /authoring/instruments} does (the answer's {@code Location} points
 * there, where authors read and change it). The reading side of {@code /instruments} lives in
 * {@link InstrumentResource}; JAX-RS merges the two classes under the one path.
 */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentCreationResource {

    @Inject
    InstrumentAuthoring authoring;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        return AuthoringInstrumentResource.created(AuthoringInstrumentResource.create(authoring, body), uri);
    }
}
