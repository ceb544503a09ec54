package ru.trajectory.diagnostics.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.AttemptStatus;
import ru.trajectory.diagnostics.entity.CompetencyLevel;
import ru.trajectory.diagnostics.entity.DeficitRecord;
import ru.trajectory.diagnostics.entity.Evidence;
import ru.trajectory.diagnostics.entity.EvidenceSource;
import ru.trajectory.diagnostics.entity.ExternalResult;
import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.entity.Level;
import ru.trajectory.organizations.entity.Person;

/**
 * The deficit profile: the current level of each competency, from the decisive evidence
 * (objective test, then external result, then self-assessment; the latest within a source),
 * and the history of every deficit — when evidence opened it and which later evidence closed it.
 */
@ApplicationScoped
public class DeficitProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileAccess access;

    @Inject
    CompetencyNames names;

    /** The profile as its allowed readers see it (the person, their director, a methodologist, an active mentor). */
    @Transactional
    public ProfileView profile(long personId) {
        Person person = access.requireReader(personId);
        Map<String, CompetencyNames.Name> catalogue = names.all();
        List<ProfileView.LevelLine> levels = em.createNamedQuery(CompetencyLevel.OF_PERSON, CompetencyLevel.class)
                .setParameter("personId", personId).getResultStream()
                .map(l -> new ProfileView.LevelLine(catalogue.get(l.getCompetencyCode()), l.getCompetencyCode(),
                        l.getLevel(), l.getScorePercent(), l.getSource(), l.getMeasuredAt()))
                .sorted(java.util.Comparator.comparingInt(ProfileView.LevelLine::getOrder))
                .toList();
        List<ProfileView.HistoryLine> history = em.createNamedQuery(DeficitRecord.OF_PERSON, DeficitRecord.class)
                .setParameter("personId", personId).getResultStream()
                .map(d -> new ProfileView.HistoryLine(catalogue.get(d.getCompetencyCode()), d))
                .toList();
        return new ProfileView(person.getId(), person.getFullName(), levels, history);
    }

    /**
     * Brings the stored profile of one person in line with all their evidence. Runs inside the
     * transaction that added the evidence, so the profile never lags behind a result.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(long personId) {
        Map<String, Evidence> decisive = Evidence.decisivePerCompetency(evidenceOf(personId));
        Map<String, CompetencyLevel> stored = new HashMap<>();
        em.createNamedQuery(CompetencyLevel.OF_PERSON, CompetencyLevel.class).setParameter("personId", personId)
                .getResultStream().forEach(l -> stored.put(l.getCompetencyCode(), l));
        Map<String, DeficitRecord> open = new HashMap<>();
        em.createQuery("SELECT d FROM DeficitRecord d WHERE d.personId = :p AND d.closedAt IS NULL", DeficitRecord.class)
                .setParameter("p", personId).getResultStream().forEach(d -> open.put(d.getCompetencyCode(), d));
        decisive.forEach((code, evidence) -> {
            CompetencyLevel line = stored.get(code);
            if (line == null) {
                line = new CompetencyLevel(personId, code);
                line.rest(evidence);
                em.persist(line);
            } else {
                line.rest(evidence);
            }
            DeficitRecord deficit = open.get(code);
            if (evidence.level() == Level.DEFICIT && deficit == null) {
                em.persist(new DeficitRecord(personId, evidence));
            } else if (evidence.level() != Level.DEFICIT && deficit != null) {
                deficit.close(evidence);
            }
        });
    }

    private List<Evidence> evidenceOf(long personId) {
        List<Evidence> evidence = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r.competencyCode, r.scorePercent, r.level, i.kind, a.finishedAt, a.id "
                        + "FROM AttemptResult r, Attempt a JOIN a.instrument i WHERE r.key.attemptId = a.id "
                        + "AND a.personId = :p AND a.status <> :open", Object[].class)
                .setParameter("p", personId).setParameter("open", AttemptStatus.IN_PROGRESS).getResultList()) {
            evidence.add(new Evidence((String) r[0], (BigDecimal) r[1], (Level) r[2], ((InstrumentKind) r[3]).source(),
                    (Instant) r[4], (Long) r[5], null));
        }
        for (ExternalResult e : em.createQuery("SELECT e FROM ExternalResult e WHERE e.personId = :p", ExternalResult.class)
                .setParameter("p", personId).getResultList()) {
            evidence.add(new Evidence(e.getCompetencyCode(), e.getScorePercent(), e.getLevel(), EvidenceSource.EXTERNAL,
                    e.getMeasuredOn().atStartOfDay(ZoneOffset.UTC).toInstant(), null, e.getId()));
        }
        return evidence;
    }
}
