package ru.trajectory.practices.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.organizations.entity.Person;

/**
 * Whom an author may name as co-authors on the practice form: the staff of the author's own
 * school (whom a teacher already sees as colleagues), plus whoever is a co-author already, so
 * that editing never drops a co-author added from elsewhere (through the API, say). The
 * organizations module has no people search a teacher may use, and a school's staff list is
 * small enough for a filtered select.
 */
@ApplicationScoped
public class CoAuthorCandidates {

    /** A person as the co-author picker shows them. */
    public static final class Candidate implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long personId;
        private final String fullName;
        private final String position;

        Candidate(Person p) {
            this.personId = p.getId();
            this.fullName = p.getFullName();
            this.position = p.getPosition() == null ? null : p.getPosition().name();
        }

        public long getPersonId() {
            return personId;
        }

        public String getFullName() {
            return fullName;
        }

        /** A {@link ru.trajectory.organizations.entity.Position} name, or null. */
        public String getPosition() {
            return position;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeAccess access;

    /**
     * Colleagues of the caller's school, sorted by name, followed by any of {@code current} not
     * among them. The caller is left out unless already a co-author: the lead author is always
     * an author, while a co-author editing the practice must find themselves ticked.
     */
    @Transactional
    public List<Candidate> forCaller(Collection<Long> current) {
        Set<Long> chosen = current == null ? Set.of()
                : current.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        // An administrator may have no person behind the account: only the current co-authors then.
        Long me = access.caller().personId();
        Person author = me == null ? null : em.find(Person.class, me);
        Map<Long, Candidate> found = new LinkedHashMap<>();
        if (author != null && author.getSchool() != null) {
            em.createNamedQuery(Person.STAFF_OF_SCHOOL, Person.class)
                    .setParameter("schoolId", author.getSchool().getId()).getResultStream()
                    .filter(p -> !p.getId().equals(me) || chosen.contains(me))
                    .forEach(p -> found.put(p.getId(), new Candidate(p)));
        }
        List<Candidate> others = new ArrayList<>();
        for (Long id : chosen) {
            if (!found.containsKey(id)) {
                Person p = em.find(Person.class, id);
                if (p != null) {
                    others.add(new Candidate(p));
                }
            }
        }
        others.sort(Comparator.comparing(Candidate::getFullName));
        List<Candidate> all = new ArrayList<>(found.values());
        all.addAll(others);
        return all;
    }
}
