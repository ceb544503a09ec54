package ru.trajectory.practices.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.organizations.entity.School;
import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.PracticeApplication;
import ru.trajectory.practices.entity.PracticeAttachment;
import ru.trajectory.practices.entity.PracticeAuthor;
import ru.trajectory.practices.entity.PracticeReviewRecord;
import ru.trajectory.practices.entity.TargetGroup;
import ru.trajectory.practices.search.PracticeDocument;

/**
 * Reads practices from the database as the search index wants them. Facet values are the codes
 * the API takes as input (NOO, OVZ …), so a facet value can be sent back as a filter as is. Each call is its own short
 * transaction, so indexing and rebuilding never hold a long one open.
 */
@ApplicationScoped
public class PracticeDocuments {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @PersistenceContext
    EntityManager em;

    /**
     * The practice's committed state, or empty when it no longer exists (the index drops it).
     * Practices are not in the shared cache (ENABLE_SELECTIVE), so this reads the database.
     */
    @Transactional
    public Optional<PracticeDocument> load(long id) {
        Practice practice = em.find(Practice.class, id);
        return Optional.ofNullable(practice).map(this::toDocument);
    }

    /** Several practices at once, for a rebuild; missing ids are skipped. */
    @Transactional
    public List<PracticeDocument> load(List<Long> ids) {
        List<PracticeDocument> documents = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Practice practice = em.find(Practice.class, id);
            if (practice != null) {
                documents.add(toDocument(practice));
            }
        }
        return documents;
    }

    @Transactional
    public List<Long> allIds() {
        return em.createNamedQuery(Practice.ALL_IDS, Long.class).getResultList();
    }

    @Transactional
    public long count() {
        return em.createNamedQuery(Practice.COUNT_ALL, Long.class).getSingleResult();
    }

    private PracticeDocument toDocument(Practice p) {
        Set<Long> visibleTo = new HashSet<>();
        p.getAuthors().stream().map(PracticeAuthor::getPersonId).forEach(visibleTo::add);
        visibleTo.addAll(em.createNamedQuery(PracticeReviewRecord.REVIEWERS_OF_PRACTICE, Long.class)
                .setParameter("practiceId", p.getId()).getResultList());
        String attachmentText = em.createNamedQuery(PracticeAttachment.OF_PRACTICE, PracticeAttachment.class)
                .setParameter("practiceId", p.getId()).getResultList().stream()
                .map(PracticeAttachment::getExtractedText).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        String municipality = null;
        if (p.getSchoolId() != null) {
            School school = em.find(School.class, p.getSchoolId());
            municipality = school == null ? null : school.getMunicipality().getName();
        }
        Instant dated = p.getPublishedAt() != null ? p.getPublishedAt() : p.getCreatedAt();
        Integer year = dated.atZone(MOSCOW).getYear();
        long applications = em.createNamedQuery(PracticeApplication.COUNT_OF_PRACTICE, Long.class)
                .setParameter("practiceId", p.getId()).getSingleResult();
        // Problem and evidence are searched with the body: a teacher looks for the problem they have.
        String text = java.util.stream.Stream.of(p.getProblem(), PracticeHtml.plain(p.getBody()), p.getEvidence())
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n"));
        return new PracticeDocument(p.getId(), p.getTitle(), p.getSummary(), text, attachmentText,
                p.getSubjects(),
                p.getLevels().stream().map(EducationLevel::name).collect(Collectors.toSet()),
                p.getCompetencyCodes(), p.getTags(),
                p.getTargetGroups().stream().map(TargetGroup::name).collect(Collectors.toSet()),
                municipality, year, p.getStatus().name(), visibleTo, dated, applications);
    }
}
