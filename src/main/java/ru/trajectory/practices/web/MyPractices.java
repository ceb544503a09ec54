package ru.trajectory.practices.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.practices.service.PracticeAuthoring;
import ru.trajectory.practices.service.PracticeView;

/** «Мои практики»: everything the caller wrote or co-wrote, in every state, latest change first. */
@Named
@RequestScoped
public class MyPractices {

    /** One practice of the list. */
    public static final class Row {

        private final long id;
        private final String title;
        private final String status;
        private final String changed;
        private final long applications;
        private final boolean lead;

        Row(PracticeView p, Long me) {
            this.id = p.id();
            this.title = p.title();
            this.status = p.status();
            this.changed = PracticeDates.dateTime(p.updatedAt());
            this.applications = p.applications();
            this.lead = me != null && p.authors().stream().anyMatch(a -> a.lead() && a.personId() == me);
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getStatus() {
            return status;
        }

        public String getChanged() {
            return changed;
        }

        public long getApplications() {
            return applications;
        }

        /** False when the caller is a co-author: the list says so. */
        public boolean isLead() {
            return lead;
        }

        /** Authors change a draft and a returned practice only (the service says the same). */
        public boolean isEditable() {
            return "DRAFT".equals(status) || "RETURNED".equals(status);
        }
    }

    @Inject
    PracticeAuthoring authoring;

    @Inject
    CurrentCaller caller;

    private List<Row> practices;

    /** An account without a person behind it writes no practices: the service refuses it (403 page). */
    public void load() {
        Long me = caller.get().personId();
        practices = authoring.mine().stream().map(p -> new Row(p, me)).toList();
    }

    public List<Row> getPractices() {
        return practices;
    }
}
