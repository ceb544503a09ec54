package ru.trajectory.practices.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.PracticeReviewRecord;
import ru.trajectory.practices.entity.PracticeStatus;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * Who may do what with practices: teachers and leaders write them up; methodologists review
 * and publish those of their region; everyone signed in reads the published ones, while a
 * practice that is not published is seen only by its authors, its region's methodologists and
 * those who reviewed it.
 */
@ApplicationScoped
public class PracticeAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public Caller caller() {
        return currentCaller.get();
    }

    /** The caller's own person id; practices are always written by a person, not an account. */
    public long personId() {
        Caller c = caller();
        if (!c.isSignedIn()) {
            throw new AccessDeniedException("Войдите в портал");
        }
        if (c.personId() == null) {
            throw new AccessDeniedException("Учётная запись не связана с сотрудником");
        }
        return c.personId();
    }

    public boolean mayAuthor() {
        Caller c = caller();
        return c.has(Role.TEACHER) || c.has(Role.MENTOR) || c.has(Role.METHODOLOGIST) || c.has(Role.SCHOOL_ADMIN);
    }

    public boolean reviews(Practice practice) {
        Caller c = caller();
        return c.isAdmin() || c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(practice.getRegionId());
    }

    public void requireReviewer(Practice practice) {
        if (!reviews(practice)) {
            throw new AccessDeniedException("Экспертизу практик региона проводит методист региона");
        }
    }

    public void requireAuthor(Practice practice) {
        if (!practice.isAuthor(caller().personId()) && !caller().isAdmin()) {
            throw new AccessDeniedException("Изменять практику могут только её авторы");
        }
    }

    public boolean sees(Practice practice) {
        Caller c = caller();
        if (!c.isSignedIn()) {
            return false;
        }
        if (practice.getStatus() == PracticeStatus.PUBLISHED || practice.isAuthor(c.personId()) || reviews(practice)) {
            return true;
        }
        return c.personId() != null && em.createNamedQuery(PracticeReviewRecord.REVIEWERS_OF_PRACTICE, Long.class)
                .setParameter("practiceId", practice.getId()).getResultList().contains(c.personId());
    }

    /**
     * The practice if the caller may see it. An invisible practice answers «не найдена» rather
     * than «нет доступа», so that drafts' existence does not leak.
     */
    public Practice visible(long id) {
        Practice practice = em.find(Practice.class, id);
        if (practice == null || !sees(practice)) {
            throw new NotFoundException("Практика не найдена");
        }
        return practice;
    }
}
