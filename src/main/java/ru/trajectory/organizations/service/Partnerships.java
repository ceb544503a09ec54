package ru.trajectory.organizations.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.organizations.entity.Partnership;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Школа-наставник: agreements between a supported school and a partner school, made by the
 * municipal coordinator of the supported school or by the regional operator.
 */
@ApplicationScoped
@Transactional
public class Partnerships {

    @PersistenceContext
    EntityManager em;

    @Inject
    TerritoryScope scope;

    public Partnership create(Long schoolId, Long partnerSchoolId, String agreementNumber, LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (schoolId == null) {
            errors.add(new FieldError("schoolId", "Укажите школу"));
        }
        if (partnerSchoolId == null) {
            errors.add(new FieldError("partnerSchoolId", "Укажите школу-партнёра"));
        }
        Fields.required(errors, "agreementNumber", agreementNumber, 64, "Номер договора");
        if (from == null) {
            errors.add(new FieldError("from", "Укажите дату начала договора"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "Укажите дату окончания договора"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "Договор не может закончиться раньше, чем начался"));
        }
        if (schoolId != null && schoolId.equals(partnerSchoolId)) {
            errors.add(new FieldError("partnerSchoolId", "Школа не может быть партнёром самой себе"));
        }
        Fields.throwIfAny(errors);
        School school = em.find(School.class, schoolId);
        School partner = em.find(School.class, partnerSchoolId);
        if (school == null) {
            throw ValidationFailure.of("schoolId", "Школы с таким идентификатором нет");
        }
        if (partner == null) {
            throw ValidationFailure.of("partnerSchoolId", "Школы-партнёра с таким идентификатором нет");
        }
        if (!mayArrange(school) || !partner.getMunicipality().getRegion().getId()
                .equals(school.getMunicipality().getRegion().getId())) {
            throw new AccessDeniedException("Договор оформляет координатор муниципалитета школы или региональный оператор");
        }
        long duplicates = em.createQuery("SELECT COUNT(p) FROM Partnership p WHERE p.school.id = :s "
                        + "AND p.agreementNumber = :n", Long.class)
                .setParameter("s", schoolId).setParameter("n", agreementNumber.strip()).getSingleResult();
        if (duplicates > 0) {
            throw ValidationFailure.of("agreementNumber", "У этой школы уже есть договор с таким номером");
        }
        Partnership p = new Partnership(school, partner, agreementNumber, from, to);
        em.persist(p);
        return p;
    }

    public List<Partnership> ofSchool(long schoolId) {
        if (!scope.caller().isSignedIn()) {
            throw new AccessDeniedException("Войдите в систему");
        }
        if (em.find(School.class, schoolId) == null) {
            throw new NotFoundException("Школа не найдена");
        }
        return em.createNamedQuery(Partnership.OF_SCHOOL, Partnership.class)
                .setParameter("schoolId", schoolId).getResultList();
    }

    /** Agreements the caller manages: of their municipality, region, or all for an administrator. */
    public List<Partnership> managed() {
        Caller c = scope.caller();
        List<Partnership> result = new ArrayList<>();
        if (c.isAdmin()) {
            return em.createQuery("SELECT p FROM Partnership p ORDER BY p.validFrom DESC", Partnership.class)
                    .setMaxResults(500).getResultList();
        }
        for (Long region : c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION)) {
            result.addAll(em.createNamedQuery(Partnership.OF_REGION, Partnership.class)
                    .setParameter("regionId", region).getResultList());
        }
        for (Long municipality : c.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY)) {
            result.addAll(em.createNamedQuery(Partnership.OF_MUNICIPALITY, Partnership.class)
                    .setParameter("municipalityId", municipality).getResultList());
        }
        return result.stream().distinct().toList();
    }

    private boolean mayArrange(School school) {
        Caller c = scope.caller();
        return c.isAdmin()
                || c.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY).contains(school.getMunicipality().getId())
                || c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION)
                        .contains(school.getMunicipality().getRegion().getId());
    }
}
