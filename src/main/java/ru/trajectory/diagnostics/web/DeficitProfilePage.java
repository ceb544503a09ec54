package ru.trajectory.diagnostics.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.service.DeficitProfiles;
import ru.trajectory.diagnostics.service.ProfileView;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * A deficit profile: the caller's own by default, or another person's for those the service
 * lets read it (their director, a methodologist of the region, an active mentor). Refusals
 * leave {@link #load()} as exceptions and become the portal's 403 and 404 pages.
 */
@Named
@RequestScoped
public class DeficitProfilePage {

    @Inject
    DeficitProfiles profiles;

    @Inject
    CurrentCaller currentCaller;

    private String person;
    private ProfileView profile;
    private boolean own;
    private List<AreaGroup> areas = List.of();

    public void load() {
        Caller caller = currentCaller.get();
        long personId;
        if (person == null || person.isBlank()) {
            if (caller.personId() == null) {
                throw new NotFoundException("Учётная запись не связана с сотрудником");
            }
            personId = caller.personId();
        } else {
            personId = DiagnosticIds.parse(person, "Человек не найден");
        }
        profile = profiles.profile(personId);
        own = Objects.equals(caller.personId(), personId);
        Map<String, AreaGroup> byArea = new LinkedHashMap<>();
        for (ProfileView.LevelLine line : profile.getLevels()) {
            byArea.computeIfAbsent(line.getArea(), AreaGroup::new).lines.add(line);
        }
        areas = List.copyOf(byArea.values());
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public ProfileView getProfile() {
        return profile;
    }

    /** True when the caller reads their own profile: only then do attempt numbers link to results. */
    public boolean isOwn() {
        return own;
    }

    public List<AreaGroup> getAreas() {
        return areas;
    }

    /** The levels of one competency area, in the framework's order. */
    public static class AreaGroup implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final List<ProfileView.LevelLine> lines = new ArrayList<>();

        AreaGroup(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public List<ProfileView.LevelLine> getLines() {
            return lines;
        }

        public long getDeficitCount() {
            return lines.stream().filter(l -> l.getLevel() == ru.trajectory.diagnostics.entity.Level.DEFICIT).count();
        }
    }
}
