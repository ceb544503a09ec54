package ru.trajectory.practices.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.SchoolDirectory;
import ru.trajectory.practices.service.PracticeReview;
import ru.trajectory.practices.service.PracticeView;

/**
 * «Экспертиза практик»: the practices waiting for the methodologist's review in their regions,
 * oldest first, so nobody's work waits longest. Anyone else is refused by the service (403 page).
 */
@Named
@RequestScoped
public class ReviewQueue {

    /** A practice waiting for review. */
    public static final class Row {

        private final long id;
        private final String title;
        private final String authors;
        private final String school;
        private final String submitted;

        Row(long id, String title, String authors, String school, String submitted) {
            this.id = id;
            this.title = title;
            this.authors = authors;
            this.school = school;
            this.submitted = submitted;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getAuthors() {
            return authors;
        }

        public String getSchool() {
            return school;
        }

        public String getSubmitted() {
            return submitted;
        }
    }

    @Inject
    PracticeReview review;

    @Inject
    People people;

    @Inject
    SchoolDirectory schools;

    private List<Row> practices;

    public void load() {
        Map<Long, String> schoolNames = new HashMap<>();
        practices = review.queue().stream()
                // A practice on review changes no more, so its last change is when it was sent.
                .sorted(Comparator.comparing(PracticeView::updatedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                .map(p -> new Row(p.id(), p.title(), authors(p),
                        p.schoolId() == null ? "" : schoolNames.computeIfAbsent(p.schoolId(), s -> schools.school(s).name()),
                        PracticeDates.dateTime(p.updatedAt())))
                .toList();
    }

    private String authors(PracticeView p) {
        return String.join(", ", p.authors().stream().map(a -> people.fullName(a.personId()).orElse("—")).toList());
    }

    public List<Row> getPractices() {
        return practices;
    }
}
