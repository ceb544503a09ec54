package ru.trajectory.diagnostics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.service.HeatMap;
import ru.trajectory.diagnostics.service.HeatMaps;
import ru.trajectory.diagnostics.service.Participation;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * {@code /diagnostics/heatmap.xhtml?scope=&id=}: a heat map of deficit counts. Without
 * parameters it opens the widest territory of the caller's roles, so a menu entry or a
 * bookmark needs no id. The page has no actions: every drill-down is a plain link, which
 * keeps maps bookmarkable and the bean request-scoped.
 */
@Named
@RequestScoped
public class HeatMapPage {

    private static final String NO_MAP = "Нет такой тепловой карты";

    @Inject
    HeatMaps heatMaps;

    @Inject
    Participation participation;

    private String scope;
    private String id;
    private HeatMap map;
    private boolean participationVisible;

    public void load() {
        HeatMap.Scope s;
        long unitId;
        if (blank(scope) && blank(id)) {
            HeatMaps.Target target = heatMaps.defaultTarget().orElseThrow(() -> new AccessDeniedException(
                    "Тепловые карты дефицитов доступны руководителям школ, муниципальным координаторам, "
                            + "методистам и региональным операторам"));
            s = target.getScope();
            unitId = target.getId();
        } else {
            s = HeatMap.Scope.parse(scope);
            unitId = parseId(id);
            if (s == null) {
                throw new NotFoundException(NO_MAP);
            }
        }
        map = heatMaps.heatMap(s, unitId);
        participationVisible = s == HeatMap.Scope.SCHOOL && participation.mayView(unitId);
    }

    /** A malformed id in an address is answered like an unknown one (404). */
    private static long parseId(String value) {
        if (blank(value) || value.strip().length() > 18 || !value.strip().chars().allMatch(Character::isDigit)) {
            throw new NotFoundException(NO_MAP);
        }
        return Long.parseLong(value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public HeatMap getMap() {
        return map;
    }

    public boolean isParticipationVisible() {
        return participationVisible;
    }
}
