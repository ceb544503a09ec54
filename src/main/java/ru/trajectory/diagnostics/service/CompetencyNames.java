package ru.trajectory.diagnostics.service;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.Competency;
import ru.trajectory.diagnostics.entity.CompetencyFramework;

/**
 * Names of competencies by their stable code, from the newest framework version that has
 * them: profiles and results speak in today's words even for old attempts.
 */
@ApplicationScoped
public class CompetencyNames {

    @PersistenceContext
    EntityManager em;

    /** A competency as profiles show it: name, area, and its place in the framework. */
    public static class Name implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final String area;
        private final int order;

        Name(String name, String area, int order) {
            this.name = name;
            this.area = area;
            this.order = order;
        }

        public String getName() {
            return name;
        }

        public String getArea() {
            return area;
        }

        public int getOrder() {
            return order;
        }
    }

    @Transactional
    public Map<String, Name> all() {
        Map<String, Name> names = new HashMap<>();
        for (Competency c : em.createQuery("SELECT c FROM Competency c JOIN FETCH c.area JOIN c.framework f "
                + "WHERE f.code = :code ORDER BY f.version", Competency.class)
                .setParameter("code", CompetencyFramework.PEDAGOG).getResultList()) {
            names.put(c.getCode(), new Name(c.getName(), c.getArea().getName(), c.getPosition()));
        }
        return names;
    }
}
