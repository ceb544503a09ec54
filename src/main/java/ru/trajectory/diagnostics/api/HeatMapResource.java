package ru.trajectory.diagnostics.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.diagnostics.service.HeatMap;
import ru.trajectory.diagnostics.service.HeatMaps;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/** {@code GET /deficits/heatmap?scope=SCHOOL|MUNICIPALITY|REGION&scopeId=}: deficit counts, never names. */
@Path("deficits/heatmap")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HeatMapResource {

    @Inject
    HeatMaps heatMaps;

    @GET
    public HeatMapJson get(@QueryParam("scope") String scope, @QueryParam("scopeId") String scopeId) {
        List<FieldError> errors = new ArrayList<>();
        HeatMap.Scope parsed = HeatMap.Scope.parse(scope);
        if (scope == null || scope.isBlank()) {
            errors.add(new FieldError("scope", "Укажите область: SCHOOL, MUNICIPALITY или REGION"));
        } else if (parsed == null) {
            errors.add(new FieldError("scope", "Область — SCHOOL, MUNICIPALITY или REGION"));
        }
        Long id = null;
        if (scopeId == null || scopeId.isBlank()) {
            errors.add(new FieldError("scopeId", "Укажите идентификатор школы, муниципалитета или региона"));
        } else {
            id = Ids.parse(scopeId);
            if (id == null) {
                errors.add(new FieldError("scopeId", "Идентификатор — положительное целое число"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return HeatMapJson.of(heatMaps.heatMap(parsed, id));
    }
}
