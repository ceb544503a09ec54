package ru.trajectory.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.trajectory.demo.DemoRegionModel.Grant;
import ru.trajectory.demo.DemoRegionModel.Partnership;
import ru.trajectory.demo.DemoRegionModel.Person;
import ru.trajectory.demo.DemoRegionModel.PlannedAccount;
import ru.trajectory.demo.DemoRegionModel.School;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.Settlement;

class DemoRegionGeneratorTest {

    private static final Set<String> SUBJECT_CODES = Set.of("PRIMARY", "RUSSIAN", "LITERATURE", "MATH",
            "INFORMATICS", "PHYSICS", "CHEMISTRY", "BIOLOGY", "GEOGRAPHY", "HISTORY", "SOCIAL", "ENGLISH", "GERMAN",
            "PE", "ARTS", "MUSIC", "TECHNOLOGY", "SAFETY");

    private static DemoRegionModel model;
    private static List<Person> people;

    @BeforeAll
    static void plan() {
        model = DemoRegionModel.plan(DemoScale.DEMO);
        people = everyone(model);
    }

    private static List<Person> everyone(DemoRegionModel m) {
        List<Person> all = new ArrayList<>(m.officePersons());
        for (School s : m.schools()) {
            all.addAll(m.staffOf(s));
        }
        return all;
    }

    @Test
    void sameSeedGivesTheSameTerritoryAndPeople() {
        DemoRegionModel again = DemoRegionModel.plan(DemoScale.DEMO);
        assertEquals(model.schools().stream().map(s -> s.name).toList(),
                again.schools().stream().map(s -> s.name).toList());
        assertEquals(model.schools().stream().map(s -> s.current).toList(),
                again.schools().stream().map(s -> s.current).toList());
        assertEquals(people, everyone(again));
        assertEquals(model.partnerships(), again.partnerships());
        assertEquals(model.plannedAccounts(), again.plannedAccounts());
    }

    @Test
    void demoRegionHasTheAdvertisedShape() {
        assertEquals(1, model.regions().size());
        assertEquals("Северо-Озёрская область", model.regions().get(0).name());
        assertEquals("SO", model.regions().get(0).code());
        assertEquals(10, model.municipalities().size());
        assertTrue(model.municipalities().stream().anyMatch(m -> m.name().equals("Городской округ Озёрск")));
        assertTrue(model.municipalities().stream().anyMatch(m -> m.name().equals("Берёзовский муниципальный район")));
        assertEquals(60, model.schools().size());
        long staff = model.schools().stream().mapToLong(School::staffCount).sum();
        assertTrue(staff > 1_350 && staff < 1_650, "staff " + staff);
    }

    @Test
    void flagsFollowTheProgramProportionsAndTheSchemaRule() {
        List<School> schools = model.schools();
        assertEquals(10, schools.stream().filter(s -> s.current.lowResults()).count());
        assertEquals(5, schools.stream().filter(s -> s.current.adverseConditions()).count());
        assertEquals(10, schools.stream().filter(s -> s.current.highResults()).count());
        long both = schools.stream().filter(s -> s.current.lowResults() && s.current.adverseConditions()).count();
        assertTrue(both > 0 && both < 5, "some but not all ШНСУ are also ШНОР: " + both);
        for (School s : schools) {
            for (DemoRegionModel.Flags f : List.of(s.current, s.previous)) {
                assertFalse(f.highResults() && (f.lowResults() || f.adverseConditions()), s.name);
            }
        }
        long changed = schools.stream().filter(s -> !s.current.equals(s.previous)).count();
        assertTrue(changed >= 1 && changed <= 3, "a couple of schools change between years: " + changed);
    }

    @Test
    void schoolNamesAreUniqueAndAgreeWithTheSettlement() {
        Set<String> keys = new HashSet<>();
        for (School s : model.schools()) {
            assertTrue(keys.add(s.municipality.id() + "|" + s.name), "duplicate " + s.name);
            assertTrue(s.name.startsWith("МБОУ «") || s.name.startsWith("МАОУ «") || s.name.startsWith("МКОУ «"),
                    s.name);
            if (s.settlement == Settlement.CITY) {
                assertTrue(s.name.contains("» г. ") && s.name.contains("№ "), s.name);
                assertTrue(s.address.contains(", г. "), s.address);
            } else {
                assertTrue(s.name.contains(" с. ") || s.name.contains(" д. "), s.name);
                assertTrue(s.name.endsWith("»"), s.name);
                assertTrue(s.address.contains(" р-н, с. ") || s.address.contains(" р-н, д. "), s.address);
            }
            assertTrue(s.mailDomain.endsWith(".edu.example") && s.mailDomain.matches("[a-z0-9.-]+"), s.mailDomain);
        }
        List<School> ozersk = model.schools().stream()
                .filter(s -> s.municipality.name().equals("Городской округ Озёрск")).toList();
        assertFalse(ozersk.isEmpty());
        for (School s : ozersk) {
            assertEquals(Settlement.CITY, s.settlement, s.name);
            assertTrue(s.name.endsWith("» г. Озёрска"), s.name);
            assertTrue(s.mailDomain.endsWith(".ozersk.edu.example"), s.mailDomain);
        }
    }

    @Test
    void namesAgreeInGender() {
        Set<String> female = Set.copyOf(RussianNames.FEMALE_FIRST);
        Set<String> male = Set.copyOf(RussianNames.MALE_FIRST);
        for (Person p : people) {
            if (p.female()) {
                assertTrue(female.contains(p.firstName()), p.fullName());
                assertTrue(p.middleName().endsWith("вна") || p.middleName().endsWith("чна"), p.fullName());
                assertTrue(p.lastName().matches(".*(ова|ева|ёва|ина|ына|ская|цкая|ая|ко|их|ых)"), p.fullName());
            } else {
                assertTrue(male.contains(p.firstName()), p.fullName());
                assertTrue(p.middleName().endsWith("ич"), p.fullName());
                assertFalse(p.lastName().matches(".*(ова|ева|ёва|ина|ына|ская|цкая)"), p.fullName());
            }
        }
        assertEquals("Иванова", RussianNames.feminine("Иванов"));
        assertEquals("Соловьёва", RussianNames.feminine("Соловьёв"));
        assertEquals("Ильина", RussianNames.feminine("Ильин"));
        assertEquals("Покровская", RussianNames.feminine("Покровский"));
        assertEquals("Троицкая", RussianNames.feminine("Троицкий"));
        assertEquals("Толстая", RussianNames.feminine("Толстой"));
        assertEquals("Шевченко", RussianNames.feminine("Шевченко"));
        assertEquals("Черных", RussianNames.feminine("Черных"));
        assertEquals("ozersk", RussianNames.latin("Озёрск"));
        assertEquals("berezovskiy", RussianNames.latin("Берёзовский"));
        assertEquals("shchukina", RussianNames.latin("Щукина"));
    }

    @Test
    void everySchoolHasOneDirectorAndAPlausibleStaff() {
        for (School s : model.schools()) {
            List<Person> staff = model.staffOf(s);
            assertEquals(s.staffCount(), staff.size());
            assertEquals(1, staff.stream().filter(p -> p.position() == Position.DIRECTOR).count(), s.name);
            long deputies = staff.stream().filter(p -> p.position() == Position.DEPUTY_DIRECTOR).count();
            assertTrue(deputies >= 1 && deputies <= 3, s.name + " deputies " + deputies);
            assertTrue(staff.stream().filter(p -> p.position() == Position.TEACHER).count() >= 3, s.name);
            for (Person p : staff) {
                assertEquals(s.id, p.schoolId());
                assertEquals(s.municipality.id(), p.municipalityId());
                assertEquals(s.region().id(), p.regionId());
                assertNull(p.supportOrganizationId());
                assertTrue(p.email().endsWith("@" + s.mailDomain), p.email());
            }
            assertEquals(staff.size(), staff.stream().map(Person::email).distinct().count(), "e-mails in " + s.name);
        }
    }

    @Test
    void staffLooksLikeARealRegister() {
        List<Person> teachers = people.stream().filter(p -> p.position() == Position.TEACHER).toList();
        for (Person t : teachers) {
            assertTrue(t.subjects().size() == 1 || t.subjects().size() == 2, t.fullName());
            assertTrue(SUBJECT_CODES.containsAll(t.subjects()), t.subjects().toString());
            assertEquals(t.subjects().size(), Set.copyOf(t.subjects()).size(), t.subjects().toString());
            if (t.subjects().contains("PRIMARY")) {
                assertEquals(List.of("PRIMARY"), t.subjects());
            }
        }
        double primary = teachers.stream().filter(t -> t.subjects().contains("PRIMARY")).count() / (double) teachers.size();
        assertTrue(primary > 0.15 && primary < 0.4, "primary share " + primary);
        double young = people.stream().filter(p -> p.experienceYears() < 3).count() / (double) people.size();
        assertTrue(young > 0.06 && young < 0.14, "young specialists " + young);
        assertTrue(people.stream().allMatch(p -> p.experienceYears() >= 0 && p.experienceYears() <= 40));
        double women = people.stream().filter(Person::female).count() / (double) people.size();
        assertTrue(women > 0.75 && women < 0.92, "women " + women);
        Map<Position, Long> byPosition = people.stream().collect(Collectors.groupingBy(Person::position,
                Collectors.counting()));
        for (Position p : List.of(Position.PSYCHOLOGIST, Position.SOCIAL_PEDAGOGUE, Position.SPEECH_THERAPIST,
                Position.COUNSELOR, Position.ADDITIONAL_EDUCATION, Position.METHODOLOGIST, Position.SPECIALIST)) {
            assertTrue(byPosition.getOrDefault(p, 0L) > 0, "no " + p);
        }
        // One specialist per municipality, one for the region, one administrator at the ИРО.
        long municipal = people.stream().filter(p -> p.position() == Position.SPECIALIST && p.municipalityId() != null)
                .count();
        assertEquals(model.municipalities().size(), municipal);
        assertEquals(1, people.stream().filter(p -> p.position() == Position.SPECIALIST && p.municipalityId() == null
                && p.supportOrganizationId() == null).count());
        assertEquals(people.size(), people.stream().map(Person::id).distinct().count());
        assertEquals(model.totalPersons(), people.size());
    }

    @Test
    void namedAccountsPointAtTheRightPeopleAndScopes() {
        Map<String, PlannedAccount> byLogin = new HashMap<>();
        for (PlannedAccount a : model.plannedAccounts()) {
            assertNull(byLogin.put(a.login(), a), "duplicate login " + a.login());
        }
        assertTrue(byLogin.keySet().containsAll(DemoRegionModel.NAMED_LOGINS));
        assertEquals(model.plannedAccounts().size(),
                model.plannedAccounts().stream().map(a -> a.person().id()).distinct().count());
        assertEquals(7, model.plannedAccounts().stream().filter(PlannedAccount::ownHash).count());

        School school = model.demoSchool();
        assertTrue(school.current.lowResults(), "teacher's school is ШНОР in 2026");
        assertTrue(school.flags(DemoRegionModel.CURRENT_YEAR).lowResults());
        Grant teacherGrant = new Grant(Role.TEACHER, ScopeType.SCHOOL, school.id);

        PlannedAccount teacher = byLogin.get("teacher");
        assertEquals(List.of(teacherGrant), teacher.grants());
        assertEquals(school.id, teacher.person().schoolId());
        assertEquals(Position.TEACHER, teacher.person().position());

        PlannedAccount mentor = byLogin.get("mentor");
        assertEquals(Set.of(new Grant(Role.MENTOR, ScopeType.SCHOOL, school.id), teacherGrant),
                Set.copyOf(mentor.grants()));
        assertEquals(school.id, mentor.person().schoolId());
        assertTrue(mentor.person().experienceYears() > teacher.person().experienceYears());

        PlannedAccount director = byLogin.get("director");
        assertEquals(Position.DIRECTOR, director.person().position());
        assertEquals(school.id, director.person().schoolId());
        assertEquals(List.of(new Grant(Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id)), director.grants());

        PlannedAccount municipal = byLogin.get("municipal");
        assertEquals(Position.SPECIALIST, municipal.person().position());
        assertEquals(school.municipality.id(), municipal.person().municipalityId());
        assertEquals(List.of(new Grant(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY, school.municipality.id())),
                municipal.grants());

        long regionId = school.region().id();
        PlannedAccount methodologist = byLogin.get("methodologist");
        assertEquals(Position.METHODOLOGIST, methodologist.person().position());
        assertNotNull(methodologist.person().supportOrganizationId());
        assertEquals(List.of(new Grant(Role.METHODOLOGIST, ScopeType.REGION, regionId)), methodologist.grants());

        PlannedAccount regional = byLogin.get("regional");
        assertNull(regional.person().municipalityId());
        assertNull(regional.person().schoolId());
        assertEquals(List.of(new Grant(Role.REGIONAL_OPERATOR, ScopeType.REGION, regionId)), regional.grants());

        PlannedAccount admin = byLogin.get("admin");
        assertEquals(List.of(new Grant(Role.ADMIN, ScopeType.GLOBAL, null)), admin.grants());
        long iro = model.supportOrganizations().stream()
                .filter(o -> o.kind() == ru.trajectory.organizations.entity.SupportOrganizationKind.IRO)
                .findFirst().orElseThrow().id();
        assertEquals(iro, admin.person().supportOrganizationId());

        for (PlannedAccount a : model.plannedAccounts()) {
            if (!a.ownHash()) {
                assertTrue(a.login().matches("teacher\\d\\d"), a.login());
                assertEquals(List.of(new Grant(Role.TEACHER, ScopeType.SCHOOL, a.person().schoolId())), a.grants());
                assertEquals(Position.TEACHER, a.person().position());
            }
        }
    }

    @Test
    void partnershipsPairAШНОРWithAHighResultsSchoolForTheProgramYear() {
        Map<Long, School> byId = model.schools().stream().collect(Collectors.toMap(s -> s.id, s -> s));
        List<Partnership> partnerships = model.partnerships();
        assertTrue(partnerships.size() >= 3 && partnerships.size() <= 4, "partnerships " + partnerships.size());
        assertTrue(partnerships.stream().anyMatch(p -> p.schoolId() == model.demoSchool().id));
        for (Partnership p : partnerships) {
            assertTrue(byId.get(p.schoolId()).current.lowResults());
            assertTrue(byId.get(p.partnerSchoolId()).current.highResults());
            assertTrue(p.agreementNumber().matches("№ \\d+/20(25|26)-П"), p.agreementNumber());
            assertFalse(p.validFrom().isAfter(java.time.LocalDate.of(2026, 9, 1)));
            assertFalse(p.validTo().isBefore(java.time.LocalDate.of(2027, 5, 31)));
        }
    }

    @Test
    void largerScalesPlanTheirTerritoryWithTheSameProportions() {
        DemoRegionModel country = DemoRegionModel.plan(DemoScale.COUNTRY);
        assertEquals(85, country.regions().size());
        assertEquals(85, country.regions().stream().map(DemoRegionModel.Region::name).distinct().count());
        assertEquals(40_000, country.schools().size());
        long staff = country.schools().stream().mapToLong(School::staffCount).sum();
        assertTrue(staff > 1_000_000 && staff < 1_200_000, "staff " + staff);
        double low = country.schools().stream().filter(s -> s.current.lowResults()).count() / 40_000.0;
        double high = country.schools().stream().filter(s -> s.current.highResults()).count() / 40_000.0;
        assertEquals(0.16, low, 0.01);
        assertEquals(0.16, high, 0.01);
        Set<String> municipalityKeys = new HashSet<>();
        for (DemoRegionModel.Municipality m : country.municipalities()) {
            assertTrue(municipalityKeys.add(m.region().id() + "|" + m.name()), m.name());
        }
        assertEquals(7, country.plannedAccounts().size(), "no teacherNN extras beyond the demo scale");
    }
}
